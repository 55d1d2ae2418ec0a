import Foundation
import GlossTestSupport
import Testing

/// The options of `gloss` itself: `--check-config` (the config and theme problems the reader
/// would show, printed) and `--version`.
@Suite("gloss options")
struct GlossOptionsTests {
  let command = AnnotateCommandTests()

  @Test func problemsArePrintedWithTheirLineAndFailTheCheck() throws {
    let home = try TemporaryFolder.make()
    try FileManager.default.createDirectory(at: home.appendingPathComponent("gloss"), withIntermediateDirectories: true)
    try "theme = \"nope\"\n[keys]\njump = \"x\"\n".write(
      to: home.appendingPathComponent("gloss/config.toml"), atomically: true, encoding: .utf8)
    let run = try command.run(["--check-config"], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(run.status == 78)
    #expect(run.standardOutput.contains("problem: \(home.path)/gloss/config.toml:3: unknown action \"jump\"\n"))
    #expect(run.standardOutput.contains("problem: nope: no such theme"))
  }

  @Test func versionIsPrinted() throws {
    let run = try command.run(["--version"])
    #expect(run.status == 0)
    #expect(run.standardOutput.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
  }

  @Test func noConfigIsFine() throws {
    let home = try TemporaryFolder.make()
    let run = try command.run(["--check-config"], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(run.status == 0)
    #expect(run.standardOutput.hasSuffix("theme: default\nno problems\n"))
  }
}
