extension NoteCoding {
  static let quoteType = JSONValue.string("TextQuoteSelector")
  static let positionType = JSONValue.string("TextPositionSelector")

  /// A target: an object with a `source` (its selectors read when Gloss knows them), or a bare IRI.
  static func target(_ node: JSONValue) -> NoteTarget? {
    if let source = node.string {
      return NoteTarget(source: source, quote: nil, position: nil, raw: node)
    }
    guard let members = node.object, let source = members["source"]?.string else { return nil }
    let selectors = members["selector"].list.compactMap(\.object)
    let quote = selectors.first { $0["type"] == quoteType }.flatMap { selector in
      selector["exact"]?.string.map {
        TextQuoteSelector(
          exact: $0, prefix: selector["prefix"]?.string ?? "", suffix: selector["suffix"]?.string ?? "")
      }
    }
    let position = selectors.first { $0["type"] == positionType }.flatMap { selector in
      selector["start"]?.int.flatMap { start in
        selector["end"]?.int.map { TextPositionSelector(start: start, end: $0) }
      }
    }
    return NoteTarget(source: source, quote: quote, position: position, raw: node)
  }

  /// The target with its source and selectors written over what was read. Selectors of other
  /// types stay where they were, and so do the fields Gloss does not know in its own two.
  static func node(_ target: NoteTarget) -> JSONValue {
    var members = target.raw.object ?? [:]
    var selectors = members["selector"].list
    if let quote = target.quote {
      place(
        ["exact": .string(quote.exact), "prefix": .string(quote.prefix), "suffix": .string(quote.suffix)],
        type: quoteType, in: &selectors)
    }
    if let position = target.position {
      place(["start": .int(position.start), "end": .int(position.end)], type: positionType, in: &selectors)
    }
    members["source"] = .string(target.source)
    members["selector"] = selectors.isEmpty ? nil : .array(selectors)
    return .object(members)
  }

  /// Writes `fields` over the first selector of `type` in `selectors`, or appends a new one.
  static func place(_ fields: JSONObject, type: JSONValue, in selectors: inout [JSONValue]) {
    let index = selectors.firstIndex { $0.object?["type"] == type }
    var members = index.flatMap { selectors[$0].object } ?? ["type": type]
    members.merge(fields) { _, new in new }
    if let index { selectors[index] = .object(members) } else { selectors.append(.object(members)) }
  }
}
