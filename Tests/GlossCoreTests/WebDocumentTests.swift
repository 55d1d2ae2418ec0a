import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// What `gloss URL` makes of an address: a page's article, a feed (or a page linking one) as a
/// library, and XML that is neither refused with one line.
@Suite("WebDocument")
struct WebDocumentTests {
  let server: NewsServer
  let fetcher = WebFetcher(userAgent: "Gloss/test")

  init() throws { server = try NewsServer.start() }

  func open(_ path: String) throws(LibraryReadError) -> WebDocument {
    try WebDocument.open(server.url(path), fetcher: fetcher)
  }

  @Test(.timeLimit(.minutes(3))) func aPageIsItsArticleWithItsAddress() throws {
    guard case .article(let loaded) = try open("page/doc") else { Issue.record("not an article"); return }
    #expect(loaded.article.title == "Harbour council approves bridge doc")
    #expect(loaded.article.metadata.url == server.url("page/doc"))
    #expect(!loaded.article.text.contains("Contact us"))
  }

  @Test(.timeLimit(.minutes(3))) func aFeedAndAPageLinkingOneAreLibraries() throws {
    for path in ["feed/doc?items=4", "site/doc", "atom/doc"] {
      guard case .feed(let library) = try open(path) else { Issue.record("\(path): not a feed"); continue }
      #expect(library.items.count == (path.hasSuffix("items=4") ? 4 : 3))
      #expect(library.items.first?.link == server.url("page/doc-1"))
    }
  }

  @Test(.timeLimit(.minutes(3))) func whatIsNeitherGivesOneLine() {
    #expect(throws: LibraryReadError(message: "\(server.url("xml")): is XML but not an RSS or Atom feed", exitCode: 65)) {
      try open("xml")
    }
    #expect(throws: LibraryReadError(message: "\(server.url("notfeed")): no article text found in the page", exitCode: 65)) {
      try open("notfeed")
    }
    #expect(throws: LibraryReadError(message: "gopher://x/: only http and https addresses are fetched, not gopher:", exitCode: 64)) {
      try WebDocument.open("gopher://x/", fetcher: fetcher)
    }
  }
}
