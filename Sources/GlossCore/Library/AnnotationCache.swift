import Foundation

/// The annotations of articles already annotated, kept on disk so that a library opens at once
/// the second time: one file an article in `$XDG_CACHE_HOME/gloss/annotations`, found by the
/// article's content (``ContentKey``), and valid only for ``annotatorVersion``.
///
/// An entry is two lines: a ``CacheEntryHeader`` (key, version, size and hash of the second
/// line, list facts), then the annotations as JSON. Nothing read is trusted: ``facts(for:)``
/// checks the header against the key and the file's size; ``entry(for:article:)`` also checks
/// the annotations line's hash, decodes it whole and checks it fits the article
/// (``AnnotationsCheck``). A stale or broken entry reads as missing, so callers recompute it
/// and ``store(_:facts:for:)`` replaces it (atomically: a temporary file renamed over it).
public struct AnnotationCache: Sendable {
  /// The annotator's version: entries written by another version are stale. Raise it whenever
  /// the annotation core's output changes, so old results are recomputed.
  public static let annotatorVersion = 17

  /// The folder holding the entries.
  public let directory: String

  public init(directory: String) {
    self.directory = directory
  }

  /// The cache in the user's cache folder (see ``directory(environment:)``).
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.init(directory: Self.directory(environment: environment))
  }

  /// `$XDG_CACHE_HOME/gloss/annotations` (``XDG/cacheHome(_:)``).
  public static func directory(environment: [String: String]) -> String {
    XDG.cacheHome(environment) + "/gloss/annotations"
  }

  /// An article's entry, as read back and checked.
  public struct Entry: Sendable, Equatable {
    public var facts: ArticleFacts
    public var annotations: Annotations
  }

  /// The path of the entry for `key`.
  public func path(for key: ContentKey) -> String { directory + "/" + key.fileName }

  /// The list facts of the article with `key`, from its entry's header alone; nil when there is
  /// no entry, or its header is not for this content and annotator version, or the file's size
  /// does not match it.
  public func facts(for key: ContentKey) -> ArticleFacts? {
    guard let (line, fileSize) = CacheFile.firstLine(path(for: key)),
      let header = try? JSONDecoder().decode(CacheEntryHeader.self, from: line),
      header.matches(key, version: Self.annotatorVersion, headerLength: line.count, fileSize: fileSize)
    else { return nil }
    return header.facts
  }

  /// The whole entry for `key`, read for `article` (the article the content reads to): nil
  /// unless the header matches, the annotations line has the recorded size and hash, decodes
  /// whole, fits the article, and agrees with the facts.
  public func entry(for key: ContentKey, article: Article) -> Entry? {
    guard let data = FileManager.default.contents(atPath: path(for: key)),
      let newline = data.firstIndex(of: UInt8(ascii: "\n"))
    else { return nil }
    let line = data[data.startIndex..<newline]
    let rest = data[(newline + 1)...].dropLast()
    guard let header = try? JSONDecoder().decode(CacheEntryHeader.self, from: line),
      header.matches(key, version: Self.annotatorVersion, headerLength: line.count, fileSize: data.count),
      data.last == UInt8(ascii: "\n"), rest.withUnsafeBytes({ ContentHash.hex($0) }) == header.annotationsHash,
      let annotations = try? JSONDecoder().decode(Annotations.self, from: rest),
      annotations.quotes.count == header.facts.quoteCount,
      AnnotationsCheck.fits(annotations, length: article.length)
    else { return nil }
    return Entry(facts: header.facts, annotations: annotations)
  }

  /// Writes the entry for `key`, replacing any there, creating the folder when needed.
  public func store(_ annotations: Annotations, facts: ArticleFacts, for key: ContentKey) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let body = try encoder.encode(annotations)
    let header = CacheEntryHeader(
      key: key, version: Self.annotatorVersion, annotations: Array(body), facts: facts)
    var data = try encoder.encode(header)
    data.append(UInt8(ascii: "\n"))
    data.append(body)
    data.append(UInt8(ascii: "\n"))
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try AtomicFile.replace(path(for: key), with: data, durably: false)
  }
}
