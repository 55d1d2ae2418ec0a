import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// Moving between screens, decided by ``AppState/update(_:)`` alone: the library's list, an
/// article opened from it, an actor's page over the article, and back, with the list's filter
/// and row kept; one article alone; effects passed on to the terminal program.
@Suite("App state")
struct AppStateTests {
  func xiLibrary() throws -> LibraryState {
    let folder = try LibraryFixtures.folder(
      copying: [LibraryFixtures.xiFolder], samples: ["thaad-south-korea-china.txt"])
    return try LibraryFixtures.loaded(LibraryFixtures.state(folder), folder: folder)
  }

  /// The reader's state for library item `item`, as the terminal program makes it.
  func reader(for item: Int, in library: LibraryState) throws -> ReaderState {
    let article = try LibraryFixtures.reader().read(library.items[item])
    return ReaderFixtures.state(article.loaded.article, article.annotations)
  }

  @Test func anArticleOpensFromTheListAndQComesBackToTheSameRowAndFilter() throws {
    var app = AppState(library: try xiLibrary())
    #expect(app.screen == .library)
    _ = app.type("/summit")
    _ = app.update(.input(.key(.enter)))
    let item = try #require(app.library?.selectedItem)
    #expect(app.update(.input(.key(.enter))) == [.openArticle(item: item, passage: nil)])
    #expect(app.screen == .library)

    #expect(app.update(.articleOpened(item: item, reader: try reader(for: item, in: app.library!), passage: nil)) == [])
    #expect(app.screen == .reader)
    #expect(app.openItem == item)
    #expect(app.reader?.quitAction == "back")

    #expect(app.type("q") == [.closeArticle])
    #expect(app.screen == .library)
    #expect(app.reader == nil)
    #expect(app.library?.selectedItem == item)
    #expect(app.library?.filterQuery == "summit")
  }

  @Test func atShowsTheSpeakersActorOverTheArticleAndQReturnsToIt() throws {
    var app = AppState(library: try xiLibrary())
    let library = try #require(app.library)
    let summit = try #require(library.items.firstIndex { $0.headline == "Summit ends without agreement" })
    _ = app.update(.articleOpened(item: summit, reader: try reader(for: summit, in: library), passage: nil))
    _ = app.type("]")
    #expect(app.type("@") == [])
    #expect(app.screen == .library)
    #expect(app.library?.actorPage != nil)
    #expect(app.library?.screen.first?.contains("Xi Jinping") == true)
    #expect(app.type("q") == [])
    #expect(app.screen == .reader)
    #expect(app.reader != nil)
  }

  @Test func aLibraryItemThatCannotBeReadSaysWhyOnTheList() throws {
    var app = AppState(library: try xiLibrary())
    _ = app.update(.libraryRefused(StatusMessage("x.txt: cannot be read", isError: true)))
    #expect(app.screen == .library)
    #expect(app.library?.message?.text == "x.txt: cannot be read")
  }

  @Test func oneArticleAloneQuitsOnQAndSaysAtNeedsALibrary() throws {
    var app = AppState(reader: try ReaderFixtures.handState())
    _ = app.type("]")
    #expect(app.type("@") == [])
    #expect(app.reader?.message?.text.hasPrefix("@ follows actors across a library") == true)
    #expect(app.type("q") == [.quit])
  }

  @Test func theReadersOtherEffectsGoToTheTerminalProgram() throws {
    var app = AppState(reader: try ReaderFixtures.handState())
    _ = app.type(":theme light")
    #expect(app.update(.input(.key(.enter))) == [.reader(.loadTheme("light"))])
  }

  @Test func aResizeReachesEveryScreenAndBackgroundNewsTheirOwn() throws {
    var app = AppState(library: try xiLibrary())
    let library = try #require(app.library)
    _ = app.update(.articleOpened(item: 0, reader: try reader(for: 0, in: library), passage: nil))
    _ = app.update(.input(.resize(width: 90, height: 28)))
    #expect(app.size == (90, 28))
    #expect(app.library?.width == 90)
    #expect(app.reader?.layout.width == 90)
    _ = app.update(.load([.failed("the disk went away")]))
    #expect(app.reader?.statusLine.contains("the disk went away") == true)
  }
}

extension AppState {
  /// Feeds `keys` one by one, as typed; returns the effects of the last.
  mutating func type(_ keys: String) -> [AppEffect] {
    var effects: [AppEffect] = []
    for character in keys { effects = update(.input(.key(.character(character)))) }
    return effects
  }
}
