import Foundation

/// Where the `gloss` executable built with these tests is, and the package it was built from:
/// the one locator every test target uses.
public enum GlossBinary {
  /// The package root, from this file's path (Tests/GlossTestSupport/GlossBinary.swift).
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The seed sample, the THAAD article.
  public static let thaad = root.appendingPathComponent("Samples/thaad-south-korea-china.txt").path

  /// `gloss` beside the running test executable (whatever scratch path built it: SwiftPM puts
  /// products and the test bundle in one directory), else in `.build/debug`.
  public static func path() throws -> String {
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
  public static func run(_ arguments: [String]) throws -> (status: Int32, standardError: String) {
    let (status, data) = try run(try path(), arguments, capturing: .error)
    return (status, String(decoding: data, as: UTF8.self))
  }

  /// Which output stream `run(_:_:capturing:)` keeps; the other goes to /dev/null.
  public enum Stream {
    case output
    case error
  }

  /// Runs `executable` with `arguments`, no terminal and no input; returns its status and what
  /// it wrote to `stream`.
  public static func run(_ executable: String, _ arguments: [String], capturing stream: Stream) throws -> (
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

/// Why a test could not run what it needed (the executable, a helper program).
public struct GlossBinaryError: Error, CustomStringConvertible {
  public var message: String
  public var description: String { message }

  public init(message: String) { self.message = message }
}
