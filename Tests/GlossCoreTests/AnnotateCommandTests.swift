import Foundation
import GlossTestSupport
import Testing

/// `gloss annotate` end to end: runs the built `gloss` executable as a user would.
@Suite("gloss annotate")
struct AnnotateCommandTests {
  /// What one run printed and how it ended.
  struct Run {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The `gloss` executable `swift test` built (``GlossBinary``).
  static func executable() throws -> URL { URL(fileURLWithPath: try GlossBinary.path()) }

  /// Runs `gloss` with `arguments`, `input` on standard input, and `environment` added to this
  /// process's environment.
  func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = try Self.executable()
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let output = Pipe()
    let error = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput
    try process.run()
    standardInput.fileHandleForWriting.write(input ?? Data())
    try standardInput.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }

  /// Checks the shape every bad-input run must have: `status`, one stderr line naming `name`.
  func expectFailure(_ run: Run, status: Int32, name: String) {
    #expect(run.status == status)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.hasPrefix("gloss: \(name): "))
    #expect(run.standardError.filter { $0 == "\n" }.count == 1)
  }

  @Test func missingFileExits66() throws {
    let path = try TemporaryFolder.make().appendingPathComponent("gone.txt").path
    expectFailure(try run(["annotate", path]), status: 66, name: path)
  }

  @Test func emptyDirectoryExits66() throws {
    let path = try TemporaryFolder.make().path
    expectFailure(try run(["annotate", path, "--format", "json"]), status: 66, name: path)
  }

  @Test func binaryFileExits65() throws {
    let path = try Fixtures.file("blob.txt", [0x41, 0x00, 0x42])
    expectFailure(try run(["annotate", path]), status: 65, name: path)
  }

  @Test func emptyStandardInputExits65() throws {
    expectFailure(try run(["annotate", "-"], input: Data()), status: 65, name: "standard input")
  }

  @Test func jsonFormatParses() throws {
    let path = Fixtures.sample("thaad-south-korea-china.txt").path
    let result = try run(["annotate", path, "--format", "json"])
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    let document = try #require(object as? [String: Any])
    #expect(document["gloss"] as? String == "annotations/1")
    let paragraphs = try #require(document["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.filter { $0["boilerplate"] as? Bool == true }.count == 4)
  }

  @Test func jsonIsTheDefaultOffATerminal() throws {
    let result = try run(["annotate", Fixtures.sample("wikinews/nasa.txt").path])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("{\n  \"gloss\": \"annotations/1\""))
  }

  @Test func textAndBratFormats() throws {
    let path = Fixtures.sample("wikinews/soccer.txt").path
    let text = try run(["annotate", path, "--format", "text"])
    #expect(text.status == 0)
    #expect(text.standardOutput.hasPrefix("FIFA World Cup 2018 day five"))
    let brat = try run(["annotate", path, "--format", "brat"])
    #expect(brat.status == 0)
    let malformed = brat.standardOutput.split(separator: "\n").filter {
      !["T", "A", "R", "*", "#"].contains($0.first.map(String.init) ?? "")
    }
    #expect(malformed.isEmpty)
  }

  @Test func invalidUTF8WarnsOnceAndAnnotates() throws {
    let path = try Fixtures.file("latin1.txt", Array("Caf".utf8) + [0xE9] + Array("\n\nBody.".utf8))
    let result = try run(["annotate", path, "--format", "json"])
    #expect(result.status == 0)
    #expect(result.standardError == "gloss: warning: \(path): invalid UTF-8 replaced with U+FFFD\n")
    #expect(result.standardOutput.contains("\"title\": \"Caf\u{FFFD}\""))
  }

  @Test func standardInputIsRead() throws {
    let result = try run(
      ["annotate", "-", "--format", "json"], input: Data("Head\n\nBody.\n".utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("\"title\": \"Head\""))
  }

  @Test func aPipeNamedByPathIsReadToTheEnd() throws {
    let result = try run(
      ["annotate", "/dev/stdin", "--format", "json"], input: Data("Piped\n\nBody.".utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("\"title\": \"Piped\""))
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try run(["annotate", "x.txt", "--format", "yaml"])
    #expect(result.status == 64)
    #expect(result.standardOutput.isEmpty)
  }
}
