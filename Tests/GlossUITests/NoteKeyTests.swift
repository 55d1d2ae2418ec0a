import GlossCore
import Testing

@testable import GlossUI

/// Notes by key, on the state alone: selecting, writing, tagging, editing, deleting, undoing,
/// stepping between notes; each change comes back as an effect for the program to save.
@Suite("Notes by key")
struct NoteKeyTests {
  /// The key that moves to the next paragraph or note, named so that no test body holds an
  /// unbalanced brace in a string.
  static let nextParagraphOrNote = "\u{7D}"

  @Test func selectionStartsAtTheCurrentQuoteAndGrowsByWordSentenceAndParagraph() throws {
    var state = try NotesFixtures.state()
    state.type("]]]v")
    let quote = state.document.quotes[2].span
    let selection = try #require(state.selection)
    #expect(selection.anchor == quote.start)
    #expect(state.document.article.string(selection.span) == "Both")
    state.type("ww")
    #expect(state.document.article.string(try #require(state.selection).span) == "Both countries want")
    state.type("b")
    #expect(state.document.article.string(try #require(state.selection).span) == "Both countries")
    state.type(")")
    let sentence = state.document.article.string(try #require(state.selection).span)
    #expect(sentence.hasPrefix("Both countries want to improve relations"))
    state.type(Self.nextParagraphOrNote)
    let paragraph = try #require(state.document.article.paragraphIndex(containing: quote.start))
    #expect(state.selection?.head == state.document.article.paragraphs[paragraph].span.end)
    #expect(state.statusLine.contains("SELECT"))
    state.press(.escape)
    #expect(state.selection == nil)
  }

  @Test func writingANoteOnTheSelectionSavesItAndShowsItInThePane() throws {
    var state = try NotesFixtures.state(width: 200, height: 60)
    state.type("]]]vwwa")
    guard case .editor(let editor) = state.overlay else { Issue.record("no editor"); return }
    #expect(editor.subject == .passage(Span(state.document.quotes[2].span.start, state.document.quotes[2].span.start + 19)))
    state.type("Zhao hedges")
    #expect(state.screen.contains { $0.contains("Zhao hedges") })
    let effect = state.press(.enter)
    let note = try #require(ReaderState.savedNote(effect))
    #expect(note.comments == ["Zhao hedges"])
    #expect(note.motivation == .commenting)
    #expect(note.target.quote?.exact == "Both countries want")
    #expect(state.overlay == .none)
    #expect(state.selection == nil)
    #expect(state.notes.anchored.map(\.note) == [note])
    #expect(state.screen.contains { $0.contains("✎ ¶") && $0.contains("“Both countr…” — Zhao hedges") })
    #expect(state.statusLine.contains("1 note"))
  }

  @Test func withoutASelectionActionsApplyToTheCurrentQuote() throws {
    var state = try NotesFixtures.state()
    state.type("]h")
    let note = try #require(state.notes.anchored.first?.note)
    #expect(note.target.quote?.exact == "normal track")
    #expect(note.motivation == .highlighting)
  }

  @Test func aNoteOnAPassageAlreadyMarkedIsANewNote() throws {
    var state = try NotesFixtures.state()
    state.type("]h]")
    state.type("[aagain")
    state.press(.enter)
    #expect(state.notes.anchored.map(\.note.motivation) == [.highlighting, .commenting])
  }

  @Test func tagsAreAddedToTheSameNoteAndKeptUnique() throws {
    var state = try NotesFixtures.state()
    state.type("]t")
    #expect(state.statusLine.hasPrefix("tags: "))
    state.type("china, ties #ties")
    let first = try #require(ReaderState.savedNote(state.press(.enter)))
    #expect(first.tags == ["china", "ties"])
    #expect(first.motivation == .tagging)
    state.type("tchina xi")
    let second = try #require(ReaderState.savedNote(state.press(.enter)))
    #expect(second.id == first.id)
    #expect(second.tags == ["china", "ties", "xi"])
    #expect(state.notes.anchored.count == 1)
  }

  @Test func editDeleteAndUndoInTheNotesPane() throws {
    let note = try NotesFixtures.note(on: "normal track", [.comment("first"), .tag("ties")])
    var state = try NotesFixtures.state([note])
    state.type("6e")
    guard case .editor(let editor) = state.overlay else { Issue.record("no editor"); return }
    #expect(editor.text == "first")
    state.press(.backspace)
    state.type("st thought")
    let edited = try #require(ReaderState.savedNote(state.press(.enter)))
    #expect(edited.id == note.id)
    #expect(edited.comments == ["firsst thought"])
    #expect(edited.tags == ["ties"])
    #expect(state.type("d") == .saveNote(.delete(id: note.id)))
    #expect(state.notes.anchored.isEmpty)
    #expect(state.type("u") == .saveNote(.restore(edited)))
    #expect(state.notes.anchored.map(\.id) == [note.id])
    #expect(state.type("u") == nil)
    #expect(state.message?.text == "Nothing to undo")
  }

  @Test func escapeAsksBeforeDiscardingTypedText() throws {
    var state = try NotesFixtures.state()
    state.type("]a")
    state.press(.escape)
    #expect(state.overlay == .none)
    state.type("ahello")
    state.press(.escape)
    guard case .editor(let editor) = state.overlay else { Issue.record("closed without asking"); return }
    #expect(editor.isConfirmingDiscard)
    #expect(state.screen.contains { $0.contains("Discard this note?") })
    state.type("n")
    guard case .editor(let back) = state.overlay else { Issue.record("closed"); return }
    #expect(back.text == "hello" && !back.isConfirmingDiscard)
    state.press(.escape)
    state.type("y")
    #expect(state.overlay == .none)
    #expect(state.notes.anchored.isEmpty)
  }

  @Test func bracesStepBetweenNotesAndEnterJumps() throws {
    let first = try NotesFixtures.note(on: "normal track", [.comment("one")])
    let last = try NotesFixtures.note(on: "really backed itself into a corner", [.comment("two")])
    var state = try NotesFixtures.state([last, first], width: 80, height: 24)
    state.type(Self.nextParagraphOrNote)
    #expect(state.currentNote == first.id)
    state.type(Self.nextParagraphOrNote)
    #expect(state.currentNote == last.id)
    let row = state.body.row(containing: try #require(state.notes.note(last.id)?.anchor.span).start)
    #expect(row >= state.bodyTop && row < state.bodyTop + state.bodyHeight)
    state.type(Self.nextParagraphOrNote)
    #expect(state.message?.text == "Last note")
    state.type("6k")
    state.press(.enter)
    #expect(state.currentNote == first.id)
  }

  @Test func readOnlyNotesRefuseChangesAndSayWhy() throws {
    var state = try ReaderFixtures.handState()
    state.openNotes(
      [], location: NotesLocation(path: "/tmp/bad.notes.json", kind: .chosen), source: "file:///tmp/thaad.txt",
      problem: .unreadable(path: "/tmp/bad.notes.json", reason: "not JSON"))
    #expect(state.statusLine.contains("notes cannot be read (not JSON)"))
    state.messages.markRead()
    #expect(state.type("]h") == nil)
    #expect(state.message?.text == "Notes are read-only: not JSON")
    #expect(state.statusLine.contains("notes read-only"))
  }

  @Test func exportCommandAsksForTheFileInTheFormatOfItsExtension() throws {
    var state = try NotesFixtures.state()
    state.type(":export /tmp/notes.md")
    #expect(state.press(.enter) == .exportNotes("/tmp/notes.md", .markdown))
    state.type(":export /tmp/x.json")
    #expect(state.press(.enter) == .exportNotes("/tmp/x.json", .json))
    state.type(":export /tmp/notes --format json")
    #expect(state.press(.enter) == .exportNotes("/tmp/notes", .json))
    state.type(":export /tmp/x.txt")
    #expect(state.press(.enter) == nil)
    #expect(state.message?.isError == true)
    #expect(state.message?.text.contains("no format for /tmp/x.txt") == true)
    state.type(":export /tmp/x.txt --format yaml")
    #expect(state.press(.enter) == nil)
    #expect(state.message?.text.hasPrefix("Usage: :export FILE [--format") == true)
  }
}
