import Foundation
import GlossUI

/// Opens a link in the browser `LinkLauncher` names: the program is started directly (no shell),
/// with the URL as its one argument, and waited for, so a terminal browser has the terminal
/// until it quits.
@MainActor
enum LinkOpening {
  /// Runs the browser for `url` and says how it went, for the status line.
  static func open(_ url: String, environment: [String: String]) -> StatusMessage {
    guard let command = LinkLauncher.command(for: url, environment: environment) else {
      return StatusMessage(LinkLauncher.refusal(url), isError: true)
    }
    guard
      let path = LinkLauncher.resolve(
        command.program, path: environment["PATH"],
        isExecutable: FileManager.default.isExecutableFile(atPath:))
    else {
      return StatusMessage(
        "Cannot open the link: no program \(command.program) (set $BROWSER)", isError: true)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = command.arguments
    do {
      try process.run()
    } catch {
      return StatusMessage(
        "Cannot start \(command.program): \(error.localizedDescription)", isError: true)
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      return StatusMessage(
        "\(command.program) exited with status \(process.terminationStatus)", isError: true)
    }
    return StatusMessage("Opened \(url)")
  }
}
