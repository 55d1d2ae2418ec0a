import GlossCore
import Testing

@testable import GlossUI

/// The notes pane and the body's note marks, drawn into the cell buffer.
@Suite("Notes pane")
struct NotesPaneTests {
  @Test func paneListsNotesInTextOrderWithTagsAndWhereTheyAreKept() throws {
    let late = try NotesFixtures.note(on: "really backed itself into a corner", [.comment("harsh"), .tag("moon")])
    let early = try NotesFixtures.note(on: "normal track")
    let screen = try NotesFixtures.state([late, early], width: 200, height: 60).screen
    let header = try #require(screen.firstIndex { $0.contains("6 Notes (2)") })
    #expect(screen[header + 1].contains("in thaad.txt.notes.json (beside the article)"))
    #expect(screen[header + 2].contains("▌ ¶") && screen[header + 2].contains("“normal track”"))
    #expect(screen[header + 3].contains("“really back…” #moon — harsh"))
  }

  /// Below 160 columns the pane is narrow: the comment and tags still show, cut at its edge,
  /// rather than being pushed out by the passage.
  @Test(arguments: [100, 120, 140])
  func aNarrowPaneStillShowsTagsAndComment(width: Int) throws {
    let note = try NotesFixtures.note(on: "really backed itself into a corner", [.comment("harsh words for Seoul"), .tag("moon")])
    var state = try NotesFixtures.state([note], width: width, height: 40)
    state.type("6")
    let row = try #require(state.screen.first { $0.contains("“really back…”") })
    #expect(row.contains("#moon — h"), "\(row)")
  }

  @Test func detachedNotesAreListedApart() throws {
    var lost = try NotesFixtures.note(on: "normal track", [.comment("gone")])
    lost.target = NoteTarget(
      source: lost.target.source, quote: TextQuoteSelector(exact: "a passage that was never there at all", prefix: "", suffix: ""),
      position: TextPositionSelector(start: 5, end: 40))
    let screen = try NotesFixtures.state([lost], width: 200, height: 60).screen
    let heading = try #require(screen.firstIndex { $0.contains("Detached (text no longer found)") })
    #expect(screen[heading + 1].contains("“a passage t…” (detached) — gone"))
  }

  @Test func bodyMarksNotedLinesInTheMarginAndStylesThePassage() throws {
    let note = try NotesFixtures.note(on: "normal track", [.comment("x")])
    let state = try NotesFixtures.state([note], width: 120, height: 40)
    let buffer = ReaderView(state: state, theme: .builtin).render()
    let span = try #require(state.notes.anchored.first?.anchor.span)
    let row = state.body.row(containing: span.start) - state.bodyTop + 2
    let area = try #require(state.layout.panes[.body])
    let margin = state.body.margin(inPaneWidth: area.width)
    #expect(buffer[area.x + margin - 1, row].text == "▌")
    let column = try #require(buffer.line(row).range(of: "normal track")).lowerBound
    let x = buffer.line(row).distance(from: buffer.line(row).startIndex, to: column)
    #expect(buffer[x, row].style.attributes.contains(.underline))
    let other = state.body.row(containing: 0) - state.bodyTop + 2
    #expect(buffer[area.x + margin - 1, other].text == " ")
  }

  @Test func theSelectionIsDrawnReversed() throws {
    var state = try NotesFixtures.state()
    state.type("]vw")
    let buffer = ReaderView(state: state, theme: .builtin).render()
    let y = try #require((0..<buffer.height).first { buffer.line($0).contains("‘normal track") })
    let line = buffer.line(y)
    let x = line.distance(from: line.startIndex, to: try #require(line.range(of: "‘normal track")).lowerBound) + 1
    #expect(buffer[x, y].style.attributes.contains(.reverse))
    #expect(!buffer[x - 3, y].style.attributes.contains(.reverse))
  }

  @Test func statusSaysWhereNotesAreKeptAtStart() throws {
    var state = try ReaderFixtures.handState()
    state.openNotes([], location: NotesLocation(path: "/data/x.notes.json", kind: .dataDirectory), source: "s", problem: nil)
    #expect(state.statusLine.contains("notes: /data/x.notes.json (the article's folder is not writable)"))
    var piped = try ReaderFixtures.handState()
    piped.openNotes([], location: NotesLocation(path: "/data/standard-input.-.1f.notes.json", kind: .noFolder), source: "s", problem: nil)
    #expect(piped.statusLine.contains("(the article has no folder: kept by its text)"))
    #expect(!piped.statusLine.contains("not writable"))
  }
}
