import Foundation

/// The annotations of articles already annotated, kept on disk so that a library opens at once
/// the second time: one file an article in `$XDG_CACHE_HOME/gloss/annotations`, found by the
/// article's content (``ContentKey``), and valid only for ``annotatorVersion``.
///
/// An entry is a ``CacheEntryHeader`` (key, version, size and hash of the annotations, list
/// facts), then the annotations in a binary layout (``AnnotationsCoding``), several times
/// faster to read back than JSON. Nothing read is trusted: ``facts(for:)`` checks the header
/// against the key and the file's size; ``entry(for:article:)`` also checks the annotations'
/// hash, decodes them whole and checks they fit the article (``AnnotationsCheck``). A stale or
/// broken entry reads as missing, so callers recompute it and ``store(_:facts:for:)`` replaces
/// it (atomically: a temporary file renamed over it).
public struct AnnotationCache: Sendable {
  /// The annotator's version: entries written by another version are stale. Raise it whenever
  /// the annotation core's output changes, so old results are recomputed.
  public static let annotatorVersion = 137

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
    guard let (bytes, fileSize) = CacheFile.head(path(for: key)),
      let (header, end) = CacheEntryHeader.read(bytes),
      header.matches(key, version: Self.annotatorVersion, headerEnd: end, fileSize: fileSize)
    else { return nil }
    return header.facts
  }

  /// The whole entry for `key`, read for `article` (the article the content reads to): nil
  /// unless the header matches, the annotations have the recorded size and hash, decode whole,
  /// fit the article, and agree with the facts.
  public func entry(for key: ContentKey, article: Article) -> Entry? {
    guard let bytes = CacheFile.contents(path(for: key)),
      let (header, end) = CacheEntryHeader.read(bytes),
      header.matches(key, version: Self.annotatorVersion, headerEnd: end, fileSize: bytes.count)
    else { return nil }
    let body = Array(bytes[end...])
    guard ContentHash.of(body) == header.annotationsHash,
      let annotations = try? AnnotationsCoding.decode(body),
      annotations.quotes.count == header.facts.quoteCount,
      AnnotationsCheck.fits(annotations, length: article.length)
    else { return nil }
    return Entry(facts: header.facts, annotations: annotations)
  }

  /// Writes the entry for `key`, replacing any there, creating the folder when needed.
  public func store(_ annotations: Annotations, facts: ArticleFacts, for key: ContentKey) throws {
    let entry = CacheEntryHeader.entry(
      key: key, version: Self.annotatorVersion, annotations: AnnotationsCoding.encode(annotations), facts: facts)
    let data = Data(entry)
    do {
      try AtomicFile.replace(path(for: key), with: data, durably: false)
    } catch {
      // The folder is made when a write finds it missing, not asked for before every entry.
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try AtomicFile.replace(path(for: key), with: data, durably: false)
    }
  }
}
