import Foundation
import GlossTestSupport
import Testing

@testable import GlossUI

@Suite("Config file")
struct ConfigTests {
  func load(_ text: String) throws -> (config: ReaderConfig, problems: [ConfigError]) {
    let url = try TemporaryFolder.make().appendingPathComponent("config.toml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return ReaderConfig.load(path: url.path)
  }

  @Test func readsThemeWidthAndKeys() throws {
    let (config, problems) = try load("theme = \"light\"\nwidth = 72\n[keys]\nnext_quote = [\"J\", \"]\"]\nquit = \"C-x\"\n")
    #expect(problems.isEmpty)
    #expect(config.theme == "light")
    #expect(config.width == 72)
    #expect(config.keyMap.action(for: .character("J")) == .nextQuote)
    #expect(config.keyMap.action(for: .character("\u{18}")) == .quit)
    #expect(config.keyMap.action(for: .character("q")) == nil)
  }

  @Test func problemsNameTheLineAndKeepDefaults() throws {
    let (config, problems) = try load("width = 3\n[keys]\nfly = \"f\"\ndown = \"nope-key\"\n")
    #expect(problems.map(\.line) == [1, 3, 4])
    #expect(config.width == nil)
    #expect(config.keyMap.action(for: .character("j")) == .down)
  }

  @Test func flowControlKeysAreRefusedSayingWhy() throws {
    let (config, problems) = try load("[keys]\nquit = \"C-q\"\n")
    #expect(problems.map(\.message) == ["C-q never reaches Gloss: the terminal's flow control takes it"])
    #expect(config.keyMap.action(for: .character("q")) == .quit)
  }

  @Test func hintsFollowRemappedKeys() throws {
    let (config, _) = try load("[keys]\nquit = \"Q\"\nhelp = \"h\"\nhighlight = \"H\"\n")
    var state = try ReaderFixtures.handState()
    state.keyMap = config.keyMap
    #expect(state.statusLine.hasSuffix("h help  Q quit "))
    state.type("v")
    #expect(state.statusLine.contains(" a H t S  Esc"))
    #expect(HelpView(keyMap: config.keyMap, theme: .builtin).lines.contains { $0.contains("a H t S act on it") })
    var library = LibraryFixtures.state(try LibraryFixtures.folder(samples: ["thaad-south-korea-china.txt"]))
    library.keyMap = config.keyMap
    #expect(library.statusLine.hasSuffix("h help  Q quit "))
  }

  /// The library's own keys go through the key map too, and binding one takes the key on the
  /// library's list only: `o` sorts the list and still opens links in the reader.
  @Test func theLibrarysKeysAreRemappedOnTheLibraryAlone() throws {
    let (config, problems) = try load("[keys]\nsort = \"o\"\nactors = \"C\"\n")
    #expect(problems.isEmpty)
    #expect(config.keyMap.action(for: .character("o"), on: .library) == .sort)
    #expect(config.keyMap.action(for: .character("o")) == .openLink)
    #expect(config.keyMap.action(for: .character("s"), on: .library) == nil)
    #expect(config.keyMap.action(for: .character("s")) == .cycleHighlight)
    var library = LibraryFixtures.state(try LibraryFixtures.folder(samples: ["thaad-south-korea-china.txt"]))
    library.keyMap = config.keyMap
    #expect(library.sort == .library)
    library.type("o")
    #expect(library.sort != .library)
    #expect(LibraryHelpView(keyMap: config.keyMap, theme: .builtin).lines.contains { $0.hasPrefix("o ") && $0.contains("sort") })
    #expect(!HelpView(keyMap: config.keyMap, theme: .builtin).lines.contains { $0.contains("sort the list") })
  }

  @Test func syntaxErrorIgnoresTheFile() throws {
    let (config, problems) = try load("theme = \n")
    #expect(config.theme == nil)
    #expect(problems.first?.line == 1)
  }

  /// Found by fuzzing: these headers made TOMLKit's parser abort the program.
  @Test(arguments: ["[$eys]\n", "width = 72\n[,palette]\n", "[[[keys]]]\n", "  [ $x ]\n"])
  func tableHeadersWithoutAKeyAreReportedNotFatal(text: String) throws {
    let (config, problems) = try load(text)
    #expect(config.width == nil)
    #expect(problems.count == 1)
    #expect(problems.first?.line == text.split(separator: "\n").firstIndex { $0.contains("[") }.map { $0 + 1 })
  }

  @Test func arraysOverSeveralLinesAreNotHeaders() {
    #expect(TableHeaderCheck.firstBadHeader(in: "a = [\n  [1, 2],\n  [\"x\"],\n  []\n]\n[keys]\n") == nil)
  }

  @Test func missingFileIsFine() {
    let (config, problems) = ReaderConfig.load(path: "/nonexistent/gloss/config.toml")
    #expect(problems.isEmpty)
    #expect(config.width == nil)
  }

  @Test func pathFollowsXDG() {
    #expect(ReaderConfig.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/gloss/config.toml")
    #expect(ReaderConfig.path(environment: ["HOME": "/h"]) == "/h/.config/gloss/config.toml")
  }
}
