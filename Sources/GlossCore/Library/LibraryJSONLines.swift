/// Writes a library as JSON Lines (`gloss annotate DIR --format json`): one line per item, in
/// the library's order. A readable article's line is the ``JSONExporter`` document
/// (`annotations/1`) on one line, opened by an `item` member naming where the article comes
/// from (`{"url": …}` for a web address read by `gloss annotate --from`); an item that cannot be
/// read gives `{"item": …, "error": "…"}`.
public enum LibraryJSONLines {
  /// The line of `document`, read from `item`, ending in a line break.
  public static func line(_ item: LibraryItem, document: AnnotatedArticle, path: String?) -> [UInt8] {
    line(origin: origin(item, path: path), document: document)
  }

  /// The line of `document`, fetched from the web `address` (`gloss annotate --from`).
  public static func line(address: String, document: AnnotatedArticle) -> [UInt8] {
    line(origin: .object(["url": .string(address)]), document: document)
  }

  /// The line of the web `address` that gave no article.
  public static func line(address: String, error: String) -> [UInt8] {
    line(origin: .object(["url": .string(address)]), error: error)
  }

  /// The line of an item that could not be read, ending in a line break.
  public static func line(_ item: LibraryItem, error: String) -> [UInt8] {
    line(origin: origin(item, path: nil), error: error)
  }

  private static func line(origin: JSONValue, document: AnnotatedArticle) -> [UInt8] {
    let members = [("item", JSONWriter.Streamed.whole(origin))] + JSONExporter().members(document)
    var output = OutputBuffer()
    JSONWriter.stream(members: members.count, { members[$0] }, compact: true, into: &output)
    output.bytes.append(JSONWriter.newline)
    return output.bytes
  }

  private static func line(origin: JSONValue, error: String) -> [UInt8] {
    var line: [UInt8] = []
    JSONWriter.writeCompact(.object(["item": origin, "error": .string(error)]), into: &line)
    line.append(JSONWriter.newline)
    return line
  }

  /// The `item` member: `{"path": …}` for a file; `{"feed": …, "number": …, "link": …}` for a
  /// feed item, with `"path"` when its article is a saved page; `{"news": …, "link": …}` for a
  /// stored news item.
  static func origin(_ item: LibraryItem, path: String?) -> JSONValue {
    switch item.origin {
    case .file(let file):
      return .object(["path": .string(file)])
    case .feedItem(let feed, let number):
      var members: JSONObject = ["feed": .string(feed), "number": .int(number), "link": .optional(item.link)]
      members["path"] = path.map(JSONValue.string)
      return .object(members)
    case .news(let id):
      return .object(["news": .int(Int(id)), "link": .optional(item.link)])
    }
  }
}
