import Foundation

/// Reads library items' articles with their automatic annotations, through an annotation
/// cache: a valid entry saves the annotating; a missing, stale or broken one is recomputed and
/// replaced. A cache that cannot be written is not an error (the results are just not kept).
public struct LibraryReader: Sendable {
  /// The cache, or nil to annotate every time.
  public var cache: AnnotationCache?

  public init(cache: AnnotationCache?) {
    self.cache = cache
  }

  /// The item's facts from the cache, without parsing or annotating: nil when the cache holds
  /// no valid entry for the item's content, or the item cannot be read.
  public func cachedFacts(_ item: LibraryItem) -> ArticleFacts? {
    guard let cache, let (data, format) = try? item.content.bytes() else {
      return nil
    }
    return cache.facts(for: ContentKey(data, format: format))
  }

  /// The item's article with its automatic annotations.
  public func read(_ item: LibraryItem) throws(LibraryReadError) -> LibraryArticle {
    let (data, format) = try item.content.bytes()
    let name = item.content.path ?? item.origin.name
    let loaded: LoadedArticle
    do {
      loaded = try ArticleLoader().load(data, name: name, format: format)
    } catch {
      throw LibraryReadError(error)
    }
    let key = ContentKey(data, format: format)
    if let entry = cache?.entry(for: key, article: loaded.article) {
      return LibraryArticle(
        loaded: loaded, annotations: entry.annotations, facts: entry.facts, fromCache: true,
        path: item.content.path)
    }
    // A library's articles are read side by side, a worker a core (`gloss annotate DIR`, the
    // library view): a pass over one takes one thread (a long one's sections still run side by
    // side).
    let annotations = Annotator(workers: 1).annotate(loaded.article)
    let facts = ArticleFacts(article: loaded.article, annotations: annotations)
    try? cache?.store(annotations, facts: facts, for: key)
    return LibraryArticle(
      loaded: loaded, annotations: annotations, facts: facts, fromCache: false, path: item.content.path)
  }
}

extension Library {
  /// Fills in the facts of every item the cache holds, without parsing or annotating: what
  /// makes a library opened before list at once. Returns how many items were filled.
  @discardableResult
  public mutating func fillFromCache(_ reader: LibraryReader) -> Int {
    var filled = 0
    for index in items.indices where !items[index].isAnnotated && items[index].error == nil {
      if let facts = reader.cachedFacts(items[index]) {
        items[index].record(facts)
        filled += 1
      }
    }
    return filled
  }
}
