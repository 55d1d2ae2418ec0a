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
