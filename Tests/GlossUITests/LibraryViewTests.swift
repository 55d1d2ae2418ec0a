import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// The library's list on small real libraries: it shows at once with file names, fills in from
/// the background reading, lists an unreadable file with its error, sorts, filters, and opens.
@Suite("Library view")
struct LibraryViewTests {
  static let samples = ["thaad-south-korea-china.txt", "wikinews/hackers.txt", "wikinews/soccer.txt", "wikinews/stampede.txt"]

  @Test func listsAtOnceThenFillsInAndKeepsTheUnreadableFileWithItsError() throws {
    let folder = try LibraryFixtures.folder(samples: Self.samples, broken: true)
    let before = LibraryFixtures.state(folder)
    #expect(before.listLines.contains { $0.contains("thaad-south-korea-china.txt") && $0.contains("…") })
    #expect(before.listLines.contains { $0.contains("broken.txt") && !$0.contains("⚠") })
    let state = try LibraryFixtures.loaded(before, folder: folder)
    let lines = state.listLines
    #expect(lines.contains { $0.contains("broken.txt") && $0.contains("⚠") })
    #expect(state.items.contains { $0.error?.contains("binary file") == true })
    #expect(lines.count == 5)
    let thaad = try #require(lines.first { $0.contains("US’ THAAD Anti-Missile System") })
    #expect(thaad.contains("ANTIMEDIA"))
    #expect(thaad.trimmingCharacters(in: .whitespaces).hasSuffix("14     0"), "quotes and notes: \(thaad)")
    #expect(lines.contains { $0.contains("Hundreds dead in Hajj stampede") && $0.contains("2006-01-12") })
    #expect(state.statusLine.contains("5 articles │ sort: library"))
    #expect(!state.statusLine.contains("annotating"))
  }

  @Test func progressShowsUntilEveryArticleIsRead() throws {
    let folder = try LibraryFixtures.folder(samples: Self.samples)
    var state = LibraryFixtures.state(folder)
    state.record(.progress(done: 1, total: 4))
    #expect(state.statusLine.contains("annotating 1/4"))
    state.record(.progress(done: 4, total: 4))
    #expect(!state.statusLine.contains("annotating"))
    #expect(state.statusLine.contains("indexing actors…"), "read, not yet indexed")
    state.record(.indexed(ActorIndexBuilder().build()))
    #expect(!state.statusLine.contains("indexing"))
  }

  @Test func sCyclesTheSortAndTheStatusLineSaysWhich() throws {
    let folder = try LibraryFixtures.folder(samples: Self.samples)
    var state = try LibraryFixtures.loaded(LibraryFixtures.state(folder), folder: folder)
    state.type("s")
    #expect(state.statusLine.contains("sort: date"))
    #expect(state.listLines.map { $0.contains("2018-06-19") } == [true, false, false, false], "newest first")
    #expect(state.listLines.last?.contains("THAAD") == true, "no date: last")
    state.type("s")
    #expect(state.statusLine.contains("sort: source"))
    #expect(state.listLines.first?.contains("ANTIMEDIA") == true, "the only source first")
    state.type("s")
    #expect(state.statusLine.contains("sort: quotes"))
    // The seed and the hackers article have 14 quotes each, the most.
    #expect(state.listLines.prefix(2).allSatisfy { $0.contains("THAAD") || $0.contains("Scientology") }, "most quotes first")
    #expect(state.listLines.last?.contains("THAAD") == false)
    state.type("s")
    #expect(state.statusLine.contains("sort: library"))
  }

  @Test func theSelectionFollowsItsArticleThroughASort() throws {
    let folder = try LibraryFixtures.folder(samples: Self.samples)
    var state = try LibraryFixtures.loaded(LibraryFixtures.state(folder), folder: folder)
    state.type("jj")
    let selected = state.selectedItem
    state.type("ss")
    #expect(state.selectedItem == selected)
    #expect(state.listLines.first { $0.hasPrefix("›") }?.contains(state.items[selected!].headline.prefix(20)) == true)
  }

  @Test func slashFiltersAsYouTypeEnterKeepsEscBringsBackTheListBefore() throws {
    let folder = try LibraryFixtures.folder(samples: Self.samples)
    var state = try LibraryFixtures.loaded(LibraryFixtures.state(folder), folder: folder)
    state.type("/haj")
    #expect(state.statusLine.hasPrefix("/haj"))
    #expect(state.listLines.count == 1)
    state.press(.escape)
    #expect(state.listLines.count == 4)
    state.type("/scient")
    state.press(.enter)
    #expect(state.listLines.count == 1 && state.listLines[0].contains("Scientology"))
    #expect(state.statusLine.contains("/scient 1 of 4 articles"))
    state.type("/zzz")
    state.press(.enter)
    #expect(state.statusLine.contains("Not found: zzz"))
    state.press(.escape)
    #expect(state.listLines.count == 4, "Esc on the list clears the filter")
  }

  @Test func enterOpensTheSelectedArticleAndAnUnreadableOneSaysWhy() throws {
    let folder = try LibraryFixtures.folder(samples: Self.samples, broken: true)
    var state = try LibraryFixtures.loaded(LibraryFixtures.state(folder), folder: folder)
    #expect(state.items[0].error != nil, "broken.txt sorts first")
    #expect(state.press(.enter) == nil)
    #expect(state.statusLine.contains("binary file"))
    state.type("j")
    #expect(state.press(.enter) == .open(item: 1, passage: nil))
    #expect(state.type("q") == .quit)
  }

  @Test func helpListsTheLibraryKeys() throws {
    let folder = try LibraryFixtures.folder(samples: Self.samples)
    var state = LibraryFixtures.state(folder)
    state.type("?")
    let screen = state.screen.joined(separator: "\n")
    #expect(screen.contains("Library keys"))
    #expect(screen.contains("sort: library order / date / source / quotes"))
    #expect(screen.contains("the actors across the library"))
    state.press(.escape)
    #expect(!state.screen.joined().contains("Library keys"))
  }

  @Test func onlyTheRowsOnScreenAreDrawnAndJKeepsTheSelectionInView() throws {
    let folder = try LibraryFixtures.folder(samples: Self.samples, broken: true)
    var state = try LibraryFixtures.loaded(LibraryFixtures.state(folder, width: 80, height: 6), folder: folder)
    #expect(state.listLines.count == 3)
    state.type("G")
    #expect(state.listLines.last?.hasPrefix("›") == true)
    state.type("g")
    #expect(state.listLines.first?.hasPrefix("›") == true)
  }
}
