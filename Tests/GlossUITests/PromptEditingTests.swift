import Testing

@testable import GlossUI

/// The `/`, `:`, `t` and `S` prompts edit like the note editor and close only on Enter or Esc,
/// so keys typed after a mistake never run as commands.
@Suite("Prompt editing")
struct PromptEditingTests {
  static let controlW = Key.character("\u{17}")
  static let controlU = Key.character("\u{15}")

  func prompt(_ state: ReaderState) -> Prompt? {
    if case .prompt(let prompt) = state.overlay { prompt } else { nil }
  }

  @Test func controlWDeletesAWordAndControlUTheLine() throws {
    var state = try ReaderFixtures.handState()
    state.type(":theme light")
    state.press(Self.controlW)
    #expect(prompt(state)?.text == "theme ")
    state.type("dark now")
    state.press(Self.controlU)
    #expect(prompt(state)?.text == "")
    #expect(state.statusLine.hasPrefix(":"))
  }

  @Test func arrowsHomeAndEndMoveTheCursorAndTypingGoesThere() throws {
    var state = try ReaderFixtures.handState()
    state.type("/Jae")
    state.press(.home)
    state.type("Moon ")
    state.press(.end)
    state.type("-in")
    #expect(prompt(state)?.text == "Moon Jae-in")
    state.press(.left)
    state.press(.left)
    state.press(.backspace)
    #expect(prompt(state)?.text == "Moon Jaein")
    let buffer = ReaderView(state: state, theme: .builtin).render()
    #expect(buffer.cursor == Point(x: 9, y: buffer.height - 1))
  }

  /// A line longer than the status line scrolls so the cursor and what is typed stay in view.
  @Test func aLongLineScrollsToKeepTheCursorInView() throws {
    var state = try ReaderFixtures.handState(width: 40, height: 24)
    let text = "export /tmp/a-rather-long-folder-name/and-a-long-file-name.md"
    state.type(":" + text)
    var buffer = ReaderView(state: state, theme: .builtin).render()
    let line = buffer.line(buffer.height - 1)
    #expect(line.hasPrefix("…"))
    #expect(line.contains("file-name.md"))
    #expect(buffer.cursor == Point(x: DisplayWidth.of(line.trimmingCharacters(in: .whitespaces)), y: buffer.height - 1))
    state.press(.home)
    buffer = ReaderView(state: state, theme: .builtin).render()
    #expect(buffer.line(buffer.height - 1).hasPrefix(":export /tmp"))
    #expect(buffer.cursor == Point(x: 1, y: buffer.height - 1))
  }

  @Test func searchFollowsTheEditedText() throws {
    var state = try ReaderFixtures.handState()
    state.type("/Moon x")
    #expect(state.search.matches.isEmpty)
    state.press(Self.controlW)
    state.press(.backspace)
    #expect(state.search.query == "Moon")
    #expect(state.search.matches.count == 4)
  }

  /// What the newcomer typed: `S`, Backspace past the start, then a stance: it all stays in
  /// the prompt, and no highlight or note is made behind its back.
  @Test func backspaceOnAnEmptyPromptKeepsItOpen() throws {
    var state = try NotesFixtures.state()
    state.type("]S")
    for _ in 0..<20 { state.press(.backspace) }
    #expect(prompt(state)?.text == "")
    state.type("China: opp")
    #expect(prompt(state)?.text == "China: opp")
    #expect(state.notes.anchored.isEmpty)
    for kind in [":", "/", "t"] {
      state.press(.escape)
      state.type(kind)
      state.press(.backspace)
      state.type("S")
      #expect(prompt(state)?.text == "S", "\(kind) prompt")
    }
    #expect(state.notes.anchored.isEmpty)
  }
}
