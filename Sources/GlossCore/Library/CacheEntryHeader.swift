/// The header of an annotation cache entry: what the entry is for (the article's content key
/// and the annotator's version), the size and hash of the annotations after it, and the
/// article's list facts. Reading the list needs the header alone.
///
/// An entry is the header's byte count (``ByteWriter``'s variable-length integer), the header,
/// then the annotations (``AnnotationsCoding``); the header opens with ``mark``.
struct CacheEntryHeader: Equatable, Sendable {
  /// The mark of a Gloss cache entry, with the version of its binary layout.
  static let mark = "gloss-annotation-cache/2"

  var version: Int
  var key: ContentKey
  /// The byte count of the annotations.
  var annotationsLength: Int
  /// The FNV-1a hash of the annotations (``ContentHash``).
  var annotationsHash: UInt64
  var facts: ArticleFacts

  init(key: ContentKey, version: Int, annotations: [UInt8], facts: ArticleFacts) {
    self.init(
      version: version, key: key, annotationsLength: annotations.count, annotationsHash: ContentHash.of(annotations),
      facts: facts)
  }

  private init(version: Int, key: ContentKey, annotationsLength: Int, annotationsHash: UInt64, facts: ArticleFacts) {
    self.version = version
    self.key = key
    self.annotationsLength = annotationsLength
    self.annotationsHash = annotationsHash
    self.facts = facts
  }

  /// The whole entry: the header's length, the header, the annotations.
  static func entry(key: ContentKey, version: Int, annotations: [UInt8], facts: ArticleFacts) -> [UInt8] {
    var header = ByteWriter()
    CacheEntryHeader(key: key, version: version, annotations: annotations, facts: facts).write(to: &header)
    var entry = ByteWriter(capacity: header.bytes.count + annotations.count + 4)
    entry.write(header.bytes.count)
    entry.append(header.bytes)
    entry.append(annotations)
    return entry.bytes
  }

  private func write(to writer: inout ByteWriter) {
    writer.write(Self.mark)
    writer.write(version)
    writer.write(fixed: key.hash)
    writer.write(key.length)
    writer.write(key.format.rawValue)
    writer.write(annotationsLength)
    writer.write(fixed: annotationsHash)
    writer.write(facts.headline)
    writer.write(facts.source)
    writer.write(facts.date)
    writer.write(facts.quoteCount)
  }

  /// The header at the start of `bytes` (an entry, or its first bytes), and where the
  /// annotations begin; nil when the bytes do not open with a whole header of a Gloss entry.
  static func read(_ bytes: [UInt8]) -> (header: CacheEntryHeader, end: Int)? {
    var reader = ByteReader(bytes)
    do throws(ByteReader.Malformed) {
      let length = try reader.count()
      let end = reader.position + length
      guard try reader.string() == mark else { return nil }
      let version = try reader.int()
      let key = ContentKey(
        hash: try reader.fixed(), length: try reader.int(), format: try reader.value(ArticleFormat.self))
      let header = CacheEntryHeader(
        version: version, key: key, annotationsLength: try reader.int(), annotationsHash: try reader.fixed(),
        facts: ArticleFacts(
          headline: try reader.string(), source: try reader.optionalString(), date: try reader.optionalString(),
          quoteCount: try reader.int()))
      guard reader.position == end else { return nil }
      return (header, end)
    } catch {
      return nil
    }
  }

  /// True when this header is for `key`, was written by annotator `version`, and ends at
  /// `headerEnd` of an entry of `fileSize` bytes (the annotations fill the rest).
  func matches(_ key: ContentKey, version: Int, headerEnd: Int, fileSize: Int) -> Bool {
    self.version == version && self.key == key && headerEnd + annotationsLength == fileSize
  }
}
