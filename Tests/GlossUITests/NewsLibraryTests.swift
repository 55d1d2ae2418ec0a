import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// The news library's keys without a terminal: `r` marks read, opening marks read, `R` asks
/// for a refresh whose progress shows and whose end makes the list anew.
@Suite("News library")
struct NewsLibraryTests {
  func news(_ headlines: [String], read: [Bool]) -> AppState {
    let items = headlines.enumerated().map { index, headline in
      LibraryItem.news(
        id: Int64(index + 1), headline: headline, link: "https://example.com/\(index)", source: "Feed", date: nil,
        article: Data("# \(headline)\n\nText.".utf8), format: .markdown)
    }
    return AppState(library: LibraryState(library: Library(items: items), title: "news", width: 100, height: 20, readMarks: read))
  }

  @Test func rTogglesTheSelectedItemsReadMark() {
    var app = news(["First", "Second"], read: [false, true])
    #expect(app.update(.input(.key(.character("r")))) == [.setRead(item: 0, isRead: true)])
    #expect(app.library?.readMarks == [true, true])
    #expect(app.library?.unreadCount == 0)
    _ = app.update(.input(.key(.character("j"))))
    #expect(app.update(.input(.key(.character("r")))) == [.setRead(item: 1, isRead: false)])
  }

  @Test func openingAnUnreadItemMarksItRead() {
    var app = news(["First"], read: [false])
    #expect(app.update(.input(.key(.enter))) == [.setRead(item: 0, isRead: true), .openArticle(item: 0, passage: nil)])
    var again = news(["First"], read: [true])
    #expect(again.update(.input(.key(.enter))) == [.openArticle(item: 0, passage: nil)])
  }

  @Test func capitalRRefreshesInTheBackgroundAndTheListIsMadeAnew() {
    var app = news(["Old"], read: [true])
    #expect(app.update(.input(.key(.character("R")))) == [.refreshNews])
    #expect(app.library?.selectedItem == 0)
    #expect(app.update(.input(.key(.character("R")))) == [])
    #expect(app.library?.message?.text == "The news is being refreshed already")
    _ = app.update(.newsRefresh([.progress(done: 1, total: 3)]))
    #expect(LibraryStatusLineView(state: app.library!, theme: .builtin).segments.first == "refreshing 1/3 feeds")
    // The old item keeps its id (1): it stays selected in the list made anew.
    let stored = news(["Old"], read: [true]).library!.items + news(["x", "New"], read: [false, false]).library!.items.dropFirst()
    let fresh = Library(items: [stored[1], stored[0]])
    let effects = app.update(
      .newsRefresh([.finished(summary: "refreshed 3 of 3 feeds: 1 new items", library: fresh, readMarks: [false, true])]))
    #expect(effects == [.reloadLibrary])
    #expect(app.library?.items.map(\.headline) == ["New", "Old"])
    #expect(app.library?.selectedItem == 1)
    #expect(app.library?.refreshing == nil)
    #expect(app.library?.message?.text == "refreshed 3 of 3 feeds: 1 new items")
  }

  @Test func slashFindsNewsItemsByTheirArticlesTextOnceRead() {
    var app = news(["First", "Second"], read: [false, false])
    let facts = ArticleFacts(headline: "Second", source: nil, date: nil, quoteCount: 1)
    _ = app.update(.library([.items([LibraryLoad.ItemNews(item: 1, result: .success((facts, 0)), text: "The lighthouse keeper retired.")])]))
    for character in "/light" { _ = app.update(.input(.key(.character(character)))) }
    #expect(app.library?.articles.rows == [1])
  }

  @Test func webTextReachesTheScreenWithoutControlCharacters() {
    let app = news(["Bridge \u{1B}[31mred\u{1B}[0m vote"], read: [false])
    let screen = LibraryView(state: app.library!, theme: .builtin).render()
    let text = (0..<screen.height).map { screen.line($0) }.joined()
    #expect(text.contains("Bridge"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func theNewsKeysSayWhereTheyWorkInAnotherLibrary() {
    var state = LibraryState(library: Library(items: []), title: "folder", width: 80, height: 20)
    #expect(state.update(.key(.character("r"))) == nil)
    #expect(state.message?.text.hasPrefix("r marks news read") == true)
    #expect(state.update(.key(.character("R"))) == nil)
  }
}
