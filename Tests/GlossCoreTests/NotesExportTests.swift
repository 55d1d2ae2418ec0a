import Foundation
import GlossCore
import Testing

/// The Markdown export: passages as block quotes in text order, detached notes at the end.
@Suite("Notes Markdown export")
struct NotesExportTests {
  @Test func notesAreInTextOrderWithDetachedLast() throws {
    let article = try Fixtures.load(NotesFixtures.thaadName)
    let text = article.text
    let stance = UserStance(actor: "China", polarity: .oppose, target: "THAAD")
    // Made out of text order, so that only the export's ordering puts them in it.
    let gone = try NotesFixtures.note(on: "Both countries want to improve relations", in: text, bodies: [.comment("gone")])
    let later = try NotesFixtures.note(on: "silver lining", in: text, bodies: [.comment("Hope."), .tag("outlook")])
    let earlier = try NotesFixtures.note(on: "shared distaste", in: text, bodies: [.stance(stance)])
    let edited = text.replacingOccurrences(of: "“Both countries want to improve relations,” he told CNN. ", with: "")
    let editedArticle = ArticleReader.read(edited, format: .text)
    let anchored = NoteAnchorer(article: editedArticle).anchor([gone, later, earlier])
    let markdown = NotesMarkdownExporter().export(anchored, article: editedArticle)

    #expect(markdown.hasPrefix("# Notes on “US’ THAAD Anti-Missile System Sabotaging Peace Between South Korea and China”\n"))
    let order = ["> shared distaste", "Stance: China: oppose THAAD", "> silver lining", "Hope.",
                 "Tags: `outlook`", "## Detached notes", "> Both countries want to improve relations", "gone"]
    let positions = order.map { markdown.range(of: $0)?.lowerBound }
    #expect(!positions.contains(nil))
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    #expect(markdown.contains("## ¶1, 307–322\n\n> shared distaste\n"))
    #expect(markdown.contains("### Detached (was at "))
  }

  @Test func movedAndApproximateNotesSaySo() throws {
    let text = try NotesFixtures.thaadText()
    let note = try NotesFixtures.note(on: "some say, may contain a silver lining", in: text)
    let edited = ArticleReader.read(text.replacingOccurrences(of: "a silver lining", with: "a golden lining"), format: .text)
    let markdown = NotesMarkdownExporter().export(NoteAnchorer(article: edited).anchor([note]), article: edited)
    #expect(markdown.contains("> some say, may contain a golden lining\n"))
    #expect(markdown.contains("Attached: approximate ("))
  }

  @Test func noNotesSaysSo() throws {
    let article = try Fixtures.load(NotesFixtures.thaadName)
    #expect(NotesMarkdownExporter().export([], article: article).hasSuffix("\nNo notes.\n"))
  }
}
