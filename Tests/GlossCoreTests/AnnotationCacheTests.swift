import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// The annotation cache: entries found by content, checked before use, recomputed and
/// replaced when stale or broken.
@Suite("Annotation cache")
struct AnnotationCacheTests {
  let folder: URL
  let cache: AnnotationCache
  let reader: LibraryReader
  let articlePath: String

  init() throws {
    folder = try TemporaryFolder.make()
    cache = AnnotationCache(directory: folder.appendingPathComponent("cache").path)
    reader = LibraryReader(cache: cache)
    articlePath = folder.appendingPathComponent("nasa.txt").path
    try FileManager.default.copyItem(at: Fixtures.sample("wikinews/nasa.txt"), to: URL(fileURLWithPath: articlePath))
  }

  var item: LibraryItem { Library.open([articlePath]).items[0] }

  /// The key of the article file as it is now.
  func key() throws -> ContentKey {
    ContentKey(try Data(contentsOf: URL(fileURLWithPath: articlePath)), format: .text)
  }

  func entryFile() throws -> URL { URL(fileURLWithPath: cache.path(for: try key())) }

  @Test func theCacheFolderFollowsXDG() {
    #expect(AnnotationCache.directory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/h"]) == "/x/cache/gloss/annotations")
    #expect(AnnotationCache.directory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == "/h/.cache/gloss/annotations")
    #expect(AnnotationCache.directory(environment: ["HOME": "/h"]) == "/h/.cache/gloss/annotations")
  }

  @Test func aSecondReadComesFromTheCacheUnchanged() throws {
    #expect(reader.cachedFacts(item) == nil)
    let first = try reader.read(item)
    #expect(!first.fromCache)
    let second = try reader.read(item)
    #expect(second.fromCache)
    #expect(second.annotations == first.annotations)
    #expect(second.facts == first.facts)
    #expect(reader.cachedFacts(item) == first.facts)
    #expect(first.facts.quoteCount == first.annotations.quotes.count && first.facts.quoteCount > 0)
  }

  @Test func fillingFromTheCacheSetsTheFactsOfCachedItemsOnly() throws {
    let other = folder.appendingPathComponent("soccer.txt")
    try FileManager.default.copyItem(at: Fixtures.sample("wikinews/soccer.txt"), to: other)
    _ = try reader.read(item)
    var library = Library.open([articlePath, other.path])
    #expect(library.fillFromCache(reader) == 1)
    #expect(library.items[0].headline.hasPrefix("NASA celebrates"))
    #expect(library.items[0].quoteCount != nil)
    #expect(library.items[1].quoteCount == nil)
  }

  @Test func anEditedArticleIsAnnotatedAfreshNotTakenFromTheCache() throws {
    let before = try reader.read(item)
    var text = try String(contentsOfFile: articlePath, encoding: .utf8)
    text = text.replacingOccurrences(of: "NASA celebrates", with: "NASA marks")
    try text.write(toFile: articlePath, atomically: true, encoding: .utf8)
    #expect(reader.cachedFacts(item) == nil)
    let after = try reader.read(item)
    #expect(!after.fromCache)
    #expect(after.facts.headline.hasPrefix("NASA marks"))
    #expect(after.facts != before.facts)
    #expect(try reader.read(item).fromCache)
  }

  @Test func aCorruptEntryIsRecomputedAndRewritten() throws {
    let original = try reader.read(item)
    let file = try entryFile()
    var bytes = try Data(contentsOf: file)
    let middle = bytes.count - 40
    bytes[middle] = bytes[middle] == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
    try bytes.write(to: file)
    let reread = try reader.read(item)
    #expect(!reread.fromCache)
    #expect(reread.annotations == original.annotations)
    #expect(try reader.read(item).fromCache)
  }

  @Test func aTruncatedEntryGivesNoFactsAndIsRecomputed() throws {
    _ = try reader.read(item)
    let file = try entryFile()
    let bytes = try Data(contentsOf: file)
    try bytes.prefix(bytes.count / 2).write(to: file)
    #expect(reader.cachedFacts(item) == nil)
    #expect(try !reader.read(item).fromCache)
    #expect(reader.cachedFacts(item) != nil)
  }

  @Test func garbageInTheEntryFileIsNeverTrusted() throws {
    _ = try reader.read(item)
    try Data("not an entry\n{}\n".utf8).write(to: try entryFile())
    #expect(reader.cachedFacts(item) == nil)
    #expect(try !reader.read(item).fromCache)
  }

  @Test func anEntryFromAnotherAnnotatorVersionIsStale() throws {
    let read = try reader.read(item)
    let entry = CacheEntryHeader.entry(
      key: try key(), version: AnnotationCache.annotatorVersion - 1,
      annotations: AnnotationsCoding.encode(read.annotations), facts: read.facts)
    try Data(entry).write(to: try entryFile())
    #expect(reader.cachedFacts(item) == nil)
    #expect(try !reader.read(item).fromCache)
    #expect(reader.cachedFacts(item) == read.facts)
  }

  @Test func aHeaderLongerThanItsFirstBlockIsReadWhole() throws {
    let read = try reader.read(item)
    let facts = ArticleFacts(headline: String(repeating: "headline ", count: 1_000), quoteCount: read.facts.quoteCount)
    try cache.store(read.annotations, facts: facts, for: try key())
    #expect(reader.cachedFacts(item) == facts)
  }

  /// An entry that is well formed and matches the content, but whose spans do not fit the
  /// article (written by a buggy or foreign version), is not used.
  @Test func anEntryWhoseSpansLeaveTheTextIsNotUsed() throws {
    let article = try ArticleLoader().load(articlePath).article
    let wrong = Annotations(entities: [Entity(id: "e1", name: "NASA", type: .organization, mentions: [Span(0, article.length + 5)])])
    try cache.store(wrong, facts: ArticleFacts(headline: "x", quoteCount: 0), for: try key())
    #expect(cache.entry(for: try key(), article: article) == nil)
    let read = try reader.read(item)
    #expect(!read.fromCache)
    #expect(read.annotations != wrong)
  }

  @Test func theSameBytesReadAsAnotherFormatAreAnotherEntry() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: articlePath))
    #expect(ContentKey(data, format: .text) != ContentKey(data, format: .markdown))
    #expect(cache.path(for: ContentKey(data, format: .text)) != cache.path(for: ContentKey(data, format: .markdown)))
  }
}
