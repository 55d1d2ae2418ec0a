import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// The actors across a small real library: "Xi", "Xi Jinping" and "President Xi Jinping" in
/// three articles are one actor with his quotes from each; sorting, filtering, the actor's page,
/// jumping to a quote, and going back.
@Suite("Actors view")
struct ActorsViewTests {
  func xiLibrary() throws -> LibraryState {
    let folder = try LibraryFixtures.folder(
      copying: [LibraryFixtures.xiFolder], samples: ["thaad-south-korea-china.txt"])
    return try LibraryFixtures.loaded(LibraryFixtures.state(folder), folder: folder)
  }

  @Test func aBeforeTheIndexSaysWhyAndAfterItListsTheActors() throws {
    let folder = try LibraryFixtures.folder(copying: [LibraryFixtures.xiFolder], samples: [])
    var before = LibraryFixtures.state(folder)
    before.type("A")
    #expect(before.screen.first?.hasPrefix(" Library:") == true)
    #expect(before.statusLine.contains("indexed once every article is read"))
    var state = try xiLibrary()
    state.type("A")
    #expect(state.screen.first?.contains("Actors in news") == true)
    #expect(state.statusLine.contains("sort: quotes"))
  }

  @Test func xiUnderThreeNamesIsOneActorQuotedInThreeArticles() throws {
    var state = try xiLibrary()
    state.type("A/xi")
    state.press(.enter)
    let row = try #require(state.listLines.first { $0.contains("Xi Jinping") })
    #expect(row.trimmingCharacters(in: .whitespaces).hasSuffix("person              3      5"), "3 articles, 5 quotes: \(row)")
    #expect(state.listLines.count == 1, "one actor, not three")
    state.press(.enter)
    let page = state.screen
    #expect(page[0].contains("Xi Jinping"))
    #expect(page[1].contains("person · 3 articles · 5 quotes"))
    #expect(page[1].contains("President Xi Jinping") && page[1].contains("Xi"))
    #expect(page.contains { $0.contains("“We will not accept the deployment of the system”") && $0.contains("Beijing repeats its warning") })
    #expect(page.contains { $0.contains("“Our position has not changed”") && $0.contains("Summit ends without agreement") })
    #expect(page.contains { $0.contains("“normal track”") && $0.contains("US’ THAAD") })
  }

  @Test func enterOnAQuoteOpensItsArticleAtItsWordsAndQGoesBack() throws {
    var state = try xiLibrary()
    state.type("A/xi")
    state.press(.enter)
    state.press(.enter)
    let quote = try #require(state.actorPage?.rows[state.actorPage!.selected])
    guard case .quote(let selected) = quote else { Issue.record("a quote is selected first"); return }
    #expect(state.press(.enter) == .open(item: selected.item, passage: selected.span))
    #expect(state.type("q") == nil)
    #expect(state.screen.first?.contains("Actors in news") == true)
    state.press(.escape)
    #expect(state.screen.first?.hasPrefix(" Library:") == true)
    #expect(state.type("q") == .quit)
  }

  @Test func sortsByQuotesArticlesAndName() throws {
    var state = try xiLibrary()
    state.type("A")
    let quotes = state.actors!.list.rows.map { state.actors!.index.actors[$0].quoteCount }
    #expect(quotes == quotes.sorted(by: >))
    state.type("s")
    #expect(state.statusLine.contains("sort: articles"))
    let articles = state.actors!.list.rows.map { state.actors!.index.actors[$0].articleCount }
    #expect(articles == articles.sorted(by: >))
    state.type("s")
    #expect(state.statusLine.contains("sort: name"))
    let names = state.actors!.list.rows.map { state.actors!.index.actors[$0].name.lowercased() }
    #expect(names == names.sorted())
  }

  @Test func anEntityOfAnOpenArticleOpensItsActorAndQReturnsToTheArticle() throws {
    var state = try xiLibrary()
    let summit = try #require(state.items.firstIndex { $0.headline == "Summit ends without agreement" })
    let reader = try LibraryFixtures.reader()
    let article = try reader.read(state.items[summit])
    let xi = try #require(article.annotations.entities.first { $0.name.contains("Xi Jinping") })
    #expect(state.showActor(item: summit, entity: xi.id) == nil)
    #expect(state.screen[0].contains("Xi Jinping"))
    #expect(state.screen[1].contains("3 articles"))
    #expect(state.type("q") == .resumeArticle)
    #expect(state.screen.first?.hasPrefix(" Library:") == true)
  }

  @Test func atInTheReaderFollowsTheCurrentSpeaker() throws {
    let article = try ReaderFixtures.thaad()
    var reader = ReaderFixtures.state(article, ReaderFixtures.handAnnotations(for: article))
    #expect(reader.type("@") == nil)
    #expect(reader.statusLine.contains("@ follows"))
    reader.type("]")
    let speaker = try #require(reader.document.quotes[reader.currentQuote!].speaker?.entity)
    #expect(reader.type("@") == .followActor(entity: speaker))
  }
}
