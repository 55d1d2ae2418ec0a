/// The first line of an annotation cache entry: what the entry is for (the article's content key
/// and the annotator's version), the size and hash of the annotations line after it, and the
/// article's list facts. Reading the list needs this line alone.
struct CacheEntryHeader: Codable, Equatable, Sendable {
  /// The mark of a Gloss cache entry.
  static let mark = "gloss-annotation-cache"

  var gloss: String
  var version: Int
  var hash: String
  var length: Int
  var format: String
  /// The byte count of the annotations line, without its line break.
  var annotationsLength: Int
  /// The FNV-1a hash of the annotations line, 16 hex digits.
  var annotationsHash: String
  var facts: ArticleFacts

  init(key: ContentKey, version: Int, annotations: [UInt8], facts: ArticleFacts) {
    gloss = Self.mark
    self.version = version
    hash = key.hashHex
    length = key.length
    format = key.format.rawValue
    annotationsLength = annotations.count
    annotationsHash = ContentHash.hex(annotations)
    self.facts = facts
  }

  /// True when this header is for `key`, was written by annotator `version`, and describes an
  /// entry of `fileSize` bytes (header line, annotations line, two line breaks).
  func matches(_ key: ContentKey, version: Int, headerLength: Int, fileSize: Int) -> Bool {
    gloss == Self.mark && self.version == version && hash == key.hashHex && length == key.length
      && format == key.format.rawValue && facts.quoteCount >= 0
      && headerLength + 1 + annotationsLength + 1 == fileSize
  }
}
