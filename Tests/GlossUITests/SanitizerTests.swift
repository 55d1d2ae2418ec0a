import GlossCore
import Testing

@testable import GlossUI

/// Article text must never reach the terminal as control sequences.
@Suite("Sanitizer")
struct SanitizerTests {
  @Test func controlsBecomeVisiblePlaceholders() {
    #expect(Sanitizer.visible("\u{1B}") == "␛")
    #expect(Sanitizer.visible("\u{07}") == "␇")
    #expect(Sanitizer.visible("\u{9B}") == "�")
    #expect(Sanitizer.visible("\u{202E}") == "⇄")
    #expect(Sanitizer.visible("\u{2067}") == "⇄")
    #expect(Sanitizer.visible("\t") == " ")
    #expect(Sanitizer.visible("é") == "é")
  }

  @Test func renderedArticleHoldsNoControlCharacters() throws {
    let article = try ReaderFixtures.article(
      "Head\u{1B}[2J line\n\nBody with \u{1B}[31mred\u{1B}[0m and \u{202E}reversed\u{202C} text and a bell\u{07}.\n")
    let buffer = ReaderView(state: ReaderFixtures.state(article, width: 80, height: 24), theme: .builtin).render()
    for cell in buffer.cells {
      #expect(!cell.text.unicodeScalars.contains(where: Sanitizer.isUnsafe), "unsafe cell \(cell.text.debugDescription)")
    }
    #expect(buffer.lines.contains { $0.contains("␛[31mred␛[0m and ⇄reversed⇄ text") })
    #expect(buffer.lines[0].contains("Head␛[2J line"))
  }
}
