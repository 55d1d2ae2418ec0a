import Foundation

/// Figures a long test measured, for its closing note: written at once to standard error (what
/// `print` puts in standard output can stay in its buffer when the test runner exits).
enum Figures {
  static func report(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
