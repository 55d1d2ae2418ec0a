import Testing

@testable import GlossUI

/// Every shipped colour theme stays legible at every colour depth: no cell of the reader is drawn
/// in the colour behind it once its style is fitted, and stances keep apart.
@Suite("Theme legibility")
struct ThemeLegibilityTests {
  static let coloured = ["default", "light", "high-contrast", "16-colour"]
  static let depths: [ColorDepth] = [.ansi8, .ansi16, .indexed256, .truecolor]

  /// Screens that between them use every scope: actor and stance highlighting with a current
  /// quote, a search match, the help overlay.
  static func screens(_ theme: Theme) throws -> [CellBuffer] {
    var state = try ReaderFixtures.handState(width: 120, height: 40)
    state.type("]")
    let actors = ReaderView(state: state, theme: theme).render()
    state.type("s")
    let stances = ReaderView(state: state, theme: theme).render()
    state.type("/THAAD\n")
    let search = ReaderView(state: state, theme: theme).render()
    state.type("?")
    return [actors, stances, search, ReaderView(state: state, theme: theme).render()]
  }

  /// The colour text is shown in and the one behind it, as RGB, after fitting.
  static func shown(_ style: Style, depth: ColorDepth, backdrop: Backdrop) -> (text: Color, fill: Color) {
    let fitted = style.fitted(to: depth, on: backdrop)
    let reversed = fitted.attributes.contains(.reverse)
    var text = (reversed ? fitted.background : fitted.foreground) ?? .ansi(reversed ? backdrop.background : backdrop.foreground)
    var fill = (reversed ? fitted.foreground : fitted.background) ?? .ansi(reversed ? backdrop.foreground : backdrop.background)
    if depth == .ansi8, case .ansi(let index) = text { text = .ansi(index % 8) }
    if depth == .ansi8, case .ansi(let index) = fill { fill = .ansi(index % 8) }
    return (text, fill)
  }

  @Test(arguments: coloured, depths)
  func noTextIsDrawnInItsBackgroundColour(name: String, depth: ColorDepth) throws {
    let theme = try ReaderFixtures.themes.loadExactly(name)
    var clashes: Set<String> = []
    for buffer in try Self.screens(theme) {
      for y in 0..<buffer.height {
        for x in 0..<buffer.width where !buffer[x, y].text.allSatisfy({ $0 == " " }) && !buffer[x, y].isContinuation {
          let (text, fill) = Self.shown(buffer[x, y].style, depth: depth, backdrop: theme.backdrop)
          let (a, b) = (text.components, fill.components)
          if Color.distance(a, b) < 3 * 48 * 48 { clashes.insert("\(buffer[x, y].style) at \(x),\(y)") }
        }
      }
    }
    #expect(clashes.isEmpty, "\(name) at \(depth.rawValue) colours: \(clashes.sorted().prefix(5))")
  }

  @Test(arguments: coloured, depths)
  func stancesKeepFourColours(name: String, depth: ColorDepth) throws {
    let theme = try ReaderFixtures.themes.loadExactly(name)
    let colours = ["support", "oppose", "neutral", "mixed"].map {
      Self.shown(theme.style("stance." + $0), depth: depth, backdrop: theme.backdrop).text
    }
    #expect(Set(colours).count == 4, "\(name) at \(depth.rawValue) colours: \(colours)")
  }

  @Test func paleColoursKeepTheirHueOnFewColours() {
    #expect(Color.rgb(0xa3, 0xbe, 0x8c).fitted(to: .ansi16) == .ansi(10))
    #expect(Color.rgb(0xe0, 0x6c, 0x75).fitted(to: .ansi8) == .ansi(1))
    #expect(Color.rgb(0x81, 0xa1, 0xc1).fitted(to: .ansi8) == .ansi(4))
    #expect(Color.rgb(0x2e, 0x34, 0x40).fitted(to: .ansi16) == .ansi(0))
    #expect(ColorDepth.detect(colors: 8, environment: [:]) == .ansi8)
  }

  @Test func greyTextOnADarkTerminalIsNotFittedToBlack() {
    let muted = Style(foreground: .rgb(0x7b, 0x84, 0x96))
    #expect(muted.fitted(to: .ansi8, on: .dark).foreground == nil)
    #expect(muted.fitted(to: .ansi8, on: .light).foreground == .ansi(0))
    #expect(muted.fitted(to: .ansi16, on: .dark).foreground == .ansi(8))
  }

  @Test func lightThemeSaysItsBackground() throws {
    #expect(try ReaderFixtures.themes.loadExactly("light").backdrop == .light)
    #expect(try ReaderFixtures.themes.loadExactly("default").backdrop == .dark)
  }
}
