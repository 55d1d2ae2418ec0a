import Foundation

/// Long articles for the tests of size, made of the seed sample: its headline, then its body
/// over and over, as the reader, the library and the annotator meet long news.
public enum LongArticle {
  /// `headline` (the seed's own by default), then the seed's body `copies` times, a blank line
  /// apart, then an `ending` paragraph when given.
  public static func text(copies: Int, headline: String? = nil, ending: String? = nil) throws -> String {
    let seed = try String(contentsOfFile: GlossBinary.thaad, encoding: .utf8)
    let body = seed.drop { $0 != "\n" }.trimmingCharacters(in: .newlines)
    var paragraphs = [headline ?? String(seed.prefix { $0 != "\n" })] + Array(repeating: body, count: copies)
    if let ending { paragraphs.append(ending) }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }

  /// The same text written to a file in a new temporary folder; its path.
  public static func file(copies: Int) throws -> String {
    let url = try TemporaryFolder.make().appendingPathComponent("long-\(copies).txt")
    try Data(text(copies: copies).utf8).write(to: url)
    return url.path
  }
}
