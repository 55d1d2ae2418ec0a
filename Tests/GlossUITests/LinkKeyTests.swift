import GlossCore
import Testing

@testable import GlossUI

/// Links in the reader: the status line names the link on screen, `o` opens it, `L` lists them.
@Suite("Link keys")
struct LinkKeyTests {
  static let text =
    "Links\n\nRead the report first. Then the rules.\n\n"
    + String(repeating: "Filler line.\n\n", count: 60)
    + "And the far page."

  func state(
    _ urls: [String] = [
      "https://example.com/report", "javascript:alert(1)", "mailto:far@example.com",
    ]
  )
    throws -> ReaderState
  {
    let article = try ReaderFixtures.article(Self.text)
    var state = ReaderFixtures.state(article, width: 100, height: 24)
    let spans = ["the report", "the rules", "the far page"].map {
      ReaderFixtures.span($0, in: article)
    }
    state.offerLinks(zip(urls, spans).map { ArticleLink(url: $0, span: $1) })
    return state
  }

  @Test func theStatusLineNamesTheLinkOnScreenAndOOpensIt() throws {
    var state = try state()
    #expect(state.statusLine.contains("link: https://example.com/report"))
    #expect(state.type("o") == .openLink("https://example.com/report"))
  }

  @Test func theListOpensTheSelectedLinkAndRefusesOtherSchemes() throws {
    var state = try state()
    state.type("L")
    #expect(state.overlay == .links(selected: 0))
    #expect(state.screen.contains { $0.contains("the report — https://example.com/report") })
    state.type("j")
    #expect(state.press(.enter) == nil)
    #expect(
      state.message?.text == "Not opened: only http, https and mailto links (javascript:alert(1))")
    state.type("LG")
    #expect(state.overlay == .links(selected: 2))
    #expect(state.type("o") == .openLink("mailto:far@example.com"))
    #expect(state.overlay == .none)
    #expect(state.statusLine.contains("link: mailto:far@example.com"))
  }

  /// The selected link is marked as in the panes (`›`) and drawn the other way round from the
  /// box, in every shipped theme: not a shade apart (238 on 237) as it was.
  @Test(arguments: ["default", "light", "high-contrast", "16-colour", "monochrome"])
  func theSelectedLinkStandsOut(theme name: String) throws {
    let theme = try ReaderFixtures.themes.loadExactly(name)
    var state = try state()
    state.type("Lj")
    let buffer = ReaderView(state: state, theme: theme).render()
    let lines = buffer.lines
    let rows = ["the report —", "the rules —"].map { text in lines.firstIndex { $0.contains(text) }! }
    let x = lines[rows[1]].distance(from: lines[rows[1]].startIndex, to: lines[rows[1]].firstIndex(of: "›")!)
    #expect(lines[rows[1]].contains("›the rules"))
    #expect(!lines[rows[0]].contains("›"))
    let box = buffer[x + 3, rows[0]].style
    let chosen = buffer[x + 3, rows[1]].style
    #expect(box.attributes.contains(.reverse) != chosen.attributes.contains(.reverse))
    #expect(chosen.attributes.contains(.bold))
  }

  @Test func withoutLinksOAndLSaySo() throws {
    var state = try state([])
    state.type("o")
    #expect(state.message?.text == "No links in this article")
    state.type("L")
    #expect(state.overlay == .none)
  }

  @Test func theHelpListsTheKeys() {
    let help = HelpView(keyMap: .standard, theme: .builtin).lines
    #expect(help.contains { $0.hasPrefix("o ") && $0.contains("open the link") })
    #expect(help.contains { $0.hasPrefix("L ") && $0.contains("list the links") })
  }
}
