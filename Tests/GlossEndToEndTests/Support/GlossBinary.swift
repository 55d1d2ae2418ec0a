import Foundation

/// Where the `gloss` executable built with these tests is, and the package it was built from.
enum GlossBinary {
  /// The package root, from this file's path (Tests/GlossEndToEndTests/Support/GlossBinary.swift).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let thaad = root.appendingPathComponent("Samples/thaad-south-korea-china.txt").path

  /// `gloss` beside the running test executable (whatever scratch path built it: SwiftPM puts
  /// products and the test bundle in one directory), else in `.build/debug`.
  static func path() throws -> String {
    let testExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directories = [testExecutable.deletingLastPathComponent(), Bundle.main.bundleURL]
    directories.append(root.appendingPathComponent(".build/debug"))
    let candidates = directories.map { $0.appendingPathComponent("gloss").path }
    guard let found = candidates.first(where: FileManager.default.isExecutableFile) else {
      throw GlossBinaryError(message: "no gloss executable in \(directories.map(\.path))")
    }
    return found
  }

  /// Runs `gloss` with `arguments` outside a terminal; returns its status and standard error.
  static func run(_ arguments: [String]) throws -> (status: Int32, standardError: String) {
    let (status, data) = try run(try path(), arguments, capturing: .error)
    return (status, String(decoding: data, as: UTF8.self))
  }

  /// Which output stream `run(_:_:capturing:)` keeps; the other goes to /dev/null.
  enum Stream {
    case output
    case error
  }

  /// Runs `executable` with `arguments`, no terminal and no input; returns its status and what
  /// it wrote to `stream`.
  static func run(_ executable: String, _ arguments: [String], capturing stream: Stream) throws -> (
    status: Int32, data: Data
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = stream == .output ? pipe : FileHandle.nullDevice
    process.standardError = stream == .error ? pipe : FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
  }
}

struct GlossBinaryError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
