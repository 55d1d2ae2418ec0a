/// How the annotation model writes its spans, for the compiler-generated `Codable` of its types
/// (the annotation cache, `docs/library.md`): one span as a `[start, end]` pair, a list of spans
/// as one flat array of offsets (`[s1, e1, s2, e2]`), which decodes several times faster than
/// objects. A span that ends before it starts, or an odd number of offsets, is a decoding
/// error, never a trap; whether the spans fit an article is ``AnnotationsCheck``'s job.
@propertyWrapper
public struct SpanPair: Hashable, Sendable, Codable {
  public var wrappedValue: Span

  public init(wrappedValue: Span) { self.wrappedValue = wrappedValue }

  public init(from decoder: any Decoder) throws {
    let spans = try SpanList(from: decoder).wrappedValue
    guard spans.count == 1 else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not one [start, end] pair"))
    }
    wrappedValue = spans[0]
  }

  public func encode(to encoder: any Encoder) throws {
    try SpanList(wrappedValue: [wrappedValue]).encode(to: encoder)
  }
}

/// A list of spans written as one flat array of offsets (see ``SpanPair``).
@propertyWrapper
public struct SpanList: Hashable, Sendable, Codable {
  public var wrappedValue: [Span]

  public init(wrappedValue: [Span]) { self.wrappedValue = wrappedValue }

  public init(from decoder: any Decoder) throws {
    let offsets = try decoder.singleValueContainer().decode([Int].self)
    func corrupted(_ description: String) -> DecodingError {
      .dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: description))
    }
    guard offsets.count % 2 == 0 else { throw corrupted("an odd number of offsets") }
    var spans: [Span] = []
    spans.reserveCapacity(offsets.count / 2)
    for index in stride(from: 0, to: offsets.count, by: 2) {
      guard offsets[index] <= offsets[index + 1] else { throw corrupted("a span ends before it starts") }
      spans.append(Span(offsets[index], offsets[index + 1]))
    }
    wrappedValue = spans
  }

  public func encode(to encoder: any Encoder) throws {
    var offsets: [Int] = []
    offsets.reserveCapacity(wrappedValue.count * 2)
    for span in wrappedValue {
      offsets.append(span.start)
      offsets.append(span.end)
    }
    var container = encoder.singleValueContainer()
    try container.encode(offsets)
  }
}
