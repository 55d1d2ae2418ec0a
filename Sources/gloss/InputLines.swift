import Foundation

/// The lines of a file or of standard input, read one at a time as they are asked for (so a
/// pipe is read as the work goes, not first to its end): the list `gloss annotate --from`
/// reads. Line breaks (`\n` or `\r\n`) are dropped, and so are blank lines.
final class InputLines: IteratorProtocol {
  private let file: UnsafeMutablePointer<FILE>
  private let isStandardInput: Bool

  /// The lines of the file at `path`, or of standard input for `-`; nil when the file cannot be
  /// opened.
  init?(_ path: String) {
    isStandardInput = path == "-"
    guard let file = isStandardInput ? fdopen(STDIN_FILENO, "r") : fopen(path, "r") else { return nil }
    self.file = file
  }

  deinit {
    if !isStandardInput { fclose(file) }
  }

  func next() -> String? {
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(line) }
    while true {
      var length = getline(&line, &capacity, file)
      guard length >= 0, let line else { return nil }
      if length > 0, line[length - 1] == 0x0A { length -= 1 }
      if length > 0, line[length - 1] == 0x0D { length -= 1 }
      if length > 0 { return String(decoding: UnsafeRawBufferPointer(start: line, count: length), as: UTF8.self) }
    }
  }
}
