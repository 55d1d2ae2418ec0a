import Testing

@testable import GlossUI

/// Which links the reader lets out and how it starts the browser: pure functions, nothing runs.
@Suite("Link launcher")
struct LinkLauncherTests {
  @Test(arguments: [
    "http://example.com", "https://example.com/a?b=c d", "HTTPS://EXAMPLE.COM",
    "mailto:ed@example.com",
  ])
  func allowedSchemes(url: String) {
    #expect(LinkLauncher.allows(url))
  }

  @Test(arguments: [
    "javascript:alert(1)", "file:///etc/passwd", "ftp://example.com", "data:text/html,hi",
    "example.com",
    "", ":http", "-https://x", "ht tp://x", "httpx://x", "vbscript:x",
  ])
  func refusedSchemes(url: String) {
    #expect(!LinkLauncher.allows(url))
    #expect(LinkLauncher.command(for: url, environment: [:]) == nil)
  }

  @Test func theURLIsOneArgumentWhateverItHolds() {
    let url = "https://example.com/a b;$(rm -rf ~)'\"`|&"
    let command = LinkLauncher.command(for: url, environment: [:])
    #expect(command == LinkLauncher.Command(program: "xdg-open", arguments: [url]))
  }

  @Test func browserIsTheFirstProgramOfItsList() {
    let environment = ["BROWSER": "/opt/w3m:firefox"]
    #expect(LinkLauncher.command(for: "http://a", environment: environment)?.program == "/opt/w3m")
    #expect(
      LinkLauncher.command(for: "http://a", environment: ["BROWSER": ""])?.program == "xdg-open")
    let spaced = LinkLauncher.command(for: "http://a", environment: ["BROWSER": "my browser --new"])
    #expect(spaced == LinkLauncher.Command(program: "my browser --new", arguments: ["http://a"]))
  }

  @Test func programsAreFoundInPath() {
    let executables: Set<String> = ["/usr/bin/xdg-open", "/opt/w3m"]
    let resolve = {
      LinkLauncher.resolve($0, path: "/bin:/usr/bin", isExecutable: executables.contains)
    }
    #expect(resolve("xdg-open") == "/usr/bin/xdg-open")
    #expect(resolve("/opt/w3m") == "/opt/w3m")
    #expect(resolve("firefox") == nil)
    #expect(resolve("/opt/none") == nil)
  }
}
