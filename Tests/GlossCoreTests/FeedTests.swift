import Foundation
import Testing

@testable import GlossCore

/// RSS and Atom feeds opened as libraries: titles decoded, HTML content read by the HTML article
/// reader, saved pages beside the feed, items with nothing to read listed with an error.
@Suite("Feeds")
struct FeedTests {
  let folder: URL

  init() throws { folder = try FeedFixtures.folder() }

  func read(_ item: LibraryItem) throws -> LibraryArticle { try LibraryReader(cache: nil).read(item) }

  @Test func rssItemsKeepTheirOrderWithTitlesDecoded() throws {
    let library = Library.open([folder.appendingPathComponent("feed.rss").path])
    #expect(library.items.count == 4)
    #expect(library.items[0].headline == "Council’s barrier vote & the long dispute")
    #expect(library.items.allSatisfy { $0.source == "Harbour & Hills Ledger" })
    #expect(library.items[0].date == "Tue, 12 Mar 2024 09:30:00 GMT")
    #expect(library.items[0].link == "https://ledger.example.com/news/barrier-vote")
    #expect(library.items[1].origin == .feedItem(feed: folder.path + "/feed.rss", number: 2))
  }

  @Test func anRSSDescriptionIsReadAsHTML() throws {
    let library = Library.open([folder.appendingPathComponent("feed.rss").path])
    let article = try read(library.items[0])
    let text = article.loaded.article.text
    #expect(text.hasPrefix("Council’s barrier vote & the long dispute\n\nThe council approved"))
    #expect(!text.contains("<p>") && !text.contains("&ldquo;"))
    #expect(article.loaded.article.metadata.source == "Harbour & Hills Ledger")
    #expect(article.loaded.article.metadata.author == "Ana Ruiz")
    #expect(article.annotations.quotes.contains { $0.text == "We have waited long enough," || $0.text == "We have waited long enough" })
  }

  @Test func fullContentIsPreferredToTheDescription() throws {
    let library = Library.open([folder.appendingPathComponent("feed.rss").path])
    let text = try read(library.items[1]).loaded.article.text
    #expect(text.contains("NASA marked the anniversary"))
    #expect(!text.contains("teaser"))
  }

  @Test func anItemWithoutContentReadsTheSavedPageItsLinkNames() throws {
    let library = Library.open([folder.appendingPathComponent("feed.rss").path])
    let article = try read(library.items[2])
    #expect(article.path == folder.path + "/harbour-story.html")
    #expect(article.facts.headline == "Harbour council approves flood barrier after long dispute")
  }

  @Test func anItemWithNothingToReadIsListedWithItsError() throws {
    let library = Library.open([folder.appendingPathComponent("feed.rss").path])
    let name = folder.path + "/feed.rss item 4"
    #expect(library.items[3].error == "\(name): has no content, and no saved page for its link beside the feed")
    #expect(throws: LibraryReadError.self) { try read(library.items[3]) }
  }

  @Test func atomEntriesReadTitlesContentAndSummaries() throws {
    let library = Library.open([folder.appendingPathComponent("feed.atom").path])
    #expect(library.items.map(\.headline) == ["Moon & Xi: a missile row’s cost", "Plain summary entry", "An XHTML entry"])
    #expect(library.items[0].date == "2017-03-07T08:00:00Z")
    #expect(library.items[0].link == "https://watch.example.org/2017/moon-xi")
    #expect(library.items[0].source == "Peninsula Watch")
    let first = try read(library.items[0])
    #expect(first.loaded.article.text.contains("South Korea’s President Moon Jae-in met Xi Jinping"))
    #expect(first.loaded.article.metadata.author == "Kim Soo-jin")
    let plain = try read(library.items[1]).loaded.article
    #expect(plain.paragraphs.map { plain.string($0.span) } == [
      "First paragraph of a plain summary, with 3 < 4 in it.", "Second paragraph of the summary.",
    ])
    let xhtml = try read(library.items[2]).loaded.article
    #expect(xhtml.paragraphs.map { xhtml.string($0.span) } == [
      "The first paragraph of the XHTML content.", "And a second one.",
    ])
  }

  @Test func aFileThatIsNoFeedIsOneItemWithAnError() throws {
    let path = try Fixtures.file("notes.xml", "<?xml version=\"1.0\"?><notes><note>hi</note></notes>")
    let library = Library.open([path])
    #expect(library.items.map(\.error) == ["\(path): is not an RSS or Atom feed"])
  }

  @Test func savedPagesMustLieInTheFeedsFolder() throws {
    #expect(SavedPage.path(for: "file:///etc/hostname", feedFolder: folder.path) == nil)
    #expect(SavedPage.path(for: "../../etc/hostname", feedFolder: folder.path) == nil)
    #expect(SavedPage.path(for: "harbour-story.html", feedFolder: folder.path) == folder.path + "/harbour-story.html")
  }
}
