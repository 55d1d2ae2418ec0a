import Testing

@testable import GlossUI

/// The note editor's text box: editing keys, lines, and wide characters counted by columns.
@Suite("Note editor")
struct NoteEditorTests {
  func editor(typing keys: [Key], text: String = "") -> NoteEditor {
    var editor = NoteEditor(subject: .note(id: "n"), text: text)
    for key in keys { _ = editor.edit(key) }
    return editor
  }

  func characters(_ text: String) -> [Key] { text.map { .character($0) } }

  @Test func typingMovingAndDeleting() {
    var keys = characters("hello world") + [.left, .left, .left, .left, .left, .backspace, .delete]
    keys += characters("-")
    #expect(editor(typing: keys).text == "hello-orld")
    #expect(editor(typing: [.home, .delete], text: "abc").text == "bc")
    #expect(editor(typing: [.home, .end, .backspace], text: "abc").text == "ab")
  }

  @Test func controlWAndControlU() {
    #expect(editor(typing: [.character("\u{17}")], text: "one two  ").text == "one ")
    #expect(editor(typing: [.character("\u{15}")], text: "first\nsecond line").text == "first\n")
  }

  @Test func controlJStartsALineAndUpDownKeepTheColumn() {
    var keys = characters("abcdef") + [.character("\u{0A}")] + characters("xy") + [.up]
    let moved = editor(typing: keys)
    #expect(moved.text == "abcdef\nxy")
    #expect(moved.cursor == 2)
    keys += [.down]
    #expect(editor(typing: keys).cursor == 9)
  }

  @Test func wideCharactersWrapByColumns() {
    let (rows, cursor) = NoteEditorView.wrap(Array("사드 배치는 중국"), cursor: 9, width: 8)
    #expect(rows == ["사드 배", "치는 중", "국"])
    #expect(cursor == Point(x: 2, y: 2))
    let (lines, end) = NoteEditorView.wrap(Array("ab\ncd"), cursor: 5, width: 10)
    #expect(lines == ["ab", "cd"])
    #expect(end == Point(x: 2, y: 1))
  }

  /// The editor box used to sit in the middle of the screen, over the passage it annotates.
  @Test(arguments: [3, 17, 20, 30])
  func theEditorLeavesThePassageInView(screenRow: Int) throws {
    var state = try NotesFixtures.state(width: 120, height: 40)
    state.type("]]")
    state.bodyTop = max(state.body.row(containing: state.document.quotes[1].span.start) - screenRow, 0)
    let quote = state.document.quotes[state.currentQuote!]
    let rows = (state.body.row(containing: quote.span.start)...state.body.row(containing: quote.span.end - 1)).map { $0 - state.bodyTop + 2 }
    try #require(rows.allSatisfy { (2..<38).contains($0) }, "the quote is on screen")
    state.type("a")
    let buffer = ReaderView(state: state, theme: .builtin).render()
    let box = (0..<buffer.height).filter { buffer.line($0).contains("New note") || buffer.line($0).contains("Enter saves") }
    try #require(box.count == 2)
    #expect(rows.allSatisfy { !(box[0]...box[1]).contains($0) }, "box \(box), quote on rows \(rows)")
  }

  @Test func theEditorBoxShowsTheCursorAfterWideText() throws {
    var state = try NotesFixtures.state(width: 80, height: 24)
    state.type("]a")
    state.type("중국")
    let buffer = ReaderView(state: state, theme: .builtin).render()
    let cursor = try #require(buffer.cursor)
    #expect(buffer.line(cursor.y).contains("│ 중국"))
    #expect(buffer[cursor.x - 2, cursor.y].text == "국")
  }
}
