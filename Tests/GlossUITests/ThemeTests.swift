import Foundation
import GlossTestSupport
import Testing

@testable import GlossUI

@Suite("Themes")
struct ThemeTests {
  static let shipped = ["default", "light", "high-contrast", "16-colour", "monochrome"]

  /// A theme directory holding `files` (name → contents).
  static func directory(_ files: [String: String]) throws -> ThemeLoader {
    let url = try TemporaryFolder.make()
    for (name, text) in files { try text.write(to: url.appendingPathComponent(name + ".toml"), atomically: true, encoding: .utf8) }
    return ThemeLoader(locator: ThemeLocator(directories: [url.path]))
  }

  @Test(arguments: shipped)
  func shippedThemeLoadsAndStylesEveryScope(name: String) throws {
    let theme = try ReaderFixtures.themes.loadExactly(name)
    for scope in ["ui.status", "ui.pane.focused", "quote.current", "search.match", "ui.selection"] {
      #expect(theme.style(scope) != .plain, "\(name) leaves \(scope) unstyled")
      #expect(!theme.style(scope).attributes.isEmpty, "\(name): \(scope) has no attribute, so it vanishes without colour")
    }
  }

  /// A speaker's colour never looks like an entity type's (actor.5 was the places' teal).
  @Test(arguments: shipped)
  func actorColoursDifferFromEntityTypesAndEachOther(name: String) throws {
    let theme = try ReaderFixtures.themes.loadExactly(name)
    let actors = (1...ActorPalette.slotCount).compactMap { theme.style("actor.\($0)").foreground }
    let types = ["person", "organization", "place", "other"].compactMap { theme.style("entity.\($0)").foreground }
    #expect(Set(actors).count == actors.count, "\(name): two actors share a colour")
    #expect(Set(actors).isDisjoint(with: types), "\(name): an actor has an entity type's colour")
  }

  @Test func monochromeHasNoColours() throws {
    let theme = try ReaderFixtures.themes.loadExactly("monochrome")
    #expect(theme.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
  }

  @Test func childPaletteRecoloursInheritedScopes() throws {
    let dark = try ReaderFixtures.themes.loadExactly("default")
    let light = try ReaderFixtures.themes.loadExactly("light")
    #expect(light.style("actor.1").foreground != nil)
    #expect(light.style("actor.1").foreground != dark.style("actor.1").foreground)
    #expect(light.style("quote.current").attributes == dark.style("quote.current").attributes)
  }

  @Test func scopesFallBackToTheirParent() {
    let theme = Theme(name: "t", styles: ["entity": Style(attributes: .bold)])
    #expect(theme.style("entity.person").attributes == .bold)
    #expect(theme.style("quote.current") == .plain)
  }

  @Test func nestedTablesAndPaletteNamesAreRead() throws {
    let loader = try Self.directory([
      "nested": """
        [quote]
        fg = "hot"
        current = { modifiers = ["bold"] }
        [palette]
        hot = "#ff0000"
        """
    ])
    let theme = try loader.loadExactly("nested")
    #expect(theme.style("quote").foreground == .rgb(255, 0, 0))
    #expect(theme.style("quote.current").attributes == .bold)
  }

  @Test func unknownColourNamesFileAndLine() throws {
    let loader = try Self.directory(["bad": "# a theme\n\"quote\" = { fg = \"blurple\" }\n"])
    #expect(throws: ConfigError.self) { try loader.loadExactly("bad") }
    do {
      _ = try loader.loadExactly("bad")
    } catch {
      #expect(error.line == 2)
      #expect(error.description.hasSuffix("bad.toml:2: unknown colour \"blurple\""))
    }
  }

  @Test func syntaxErrorNamesTheLineAndFallsBack() throws {
    let loader = try Self.directory(["broken": "\"ui.status\" = { fg = \n", "default": "\"quote\" = \"red\"\n"])
    let (theme, problems) = loader.load("broken")
    #expect(theme.name == "default")
    #expect(problems.count == 1)
    #expect(problems.first?.line == 1)
    #expect(problems.first?.file.hasSuffix("broken.toml") == true)
  }

  @Test func missingEverythingFallsBackToBuiltin() throws {
    let (theme, problems) = try Self.directory([:]).load("nope")
    #expect(theme.name == "builtin")
    #expect(problems.count == 2)
  }

  @Test func inheritanceCyclesAreRefused() throws {
    let loader = try Self.directory(["a": "inherits = \"b\"\n", "b": "inherits = \"a\"\n"])
    #expect(throws: ConfigError.self) { try loader.loadExactly("a") }
  }

  @Test func locatorFindsTheRepositoryThemesFromABuildDirectory() {
    let executable = ReaderFixtures.root.appendingPathComponent(".build/debug/gloss").path
    let locator = ThemeLocator(environment: ["HOME": "/nonexistent"], executable: executable)
    #expect(locator.path(forTheme: "light") == ReaderFixtures.root.appendingPathComponent("Themes/light.toml").path)
    #expect(Set(Self.shipped).isSubset(of: locator.themeNames))
  }
}

@Suite("Colour depth")
struct ColorDepthTests {
  @Test func detection() {
    #expect(ColorDepth.detect(colors: 256, environment: ["NO_COLOR": "1"]) == .none)
    #expect(ColorDepth.detect(colors: 256, environment: ["NO_COLOR": ""]) == .indexed256)
    #expect(ColorDepth.detect(colors: 1 << 24, environment: [:]) == .truecolor)
    #expect(ColorDepth.detect(colors: 8, environment: [:]) == .ansi8)
    #expect(ColorDepth.detect(colors: 0, environment: [:]) == .none)
  }

  @Test func coloursDegradeStepByStep() {
    let orange = Color.rgb(255, 135, 0)
    #expect(orange.fitted(to: .truecolor) == orange)
    #expect(orange.fitted(to: .indexed256) == .indexed(208))
    #expect(orange.fitted(to: .ansi16) == .ansi(Color.rgb(255, 135, 0).nearestANSI()))
    #expect(Color.rgb(250, 250, 250).fitted(to: .ansi16) == .ansi(15))
    #expect(orange.fitted(to: .none) == nil)
    #expect(Color.ansi(4).fitted(to: .indexed256) == .ansi(4))
    let style = Style(foreground: orange, attributes: .underline).fitted(to: .none, on: .dark)
    #expect(style == Style(attributes: .underline))
  }
}
