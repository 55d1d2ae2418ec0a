import Foundation
import GlossTestSupport
import Testing

/// `gloss extract URL` and `gloss annotate URL` through the built executable, against the
/// tests' server: the article of a page, a feed's items as JSON Lines, and one line for each
/// address that cannot be had.
@Suite("gloss with web addresses")
struct WebCommandTests {
  let cli = AnnotateCommandTests()
  let server: NewsServer

  init() throws { server = try NewsServer.start() }

  @Test(.timeLimit(.minutes(3))) func extractPrintsThePagesArticle() throws {
    let run = try cli.run(["extract", server.url("page/cli")])
    #expect(run.status == 0)
    #expect(run.standardOutput.hasPrefix("Harbour council approves bridge cli\n\n"))
    #expect(!run.standardOutput.contains("Contact us"))
  }

  @Test(.timeLimit(.minutes(3))) func annotateFindsThePagesQuotes() throws {
    let run = try cli.run(["annotate", server.url("page/cli"), "--format", "json"])
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("We will build the bridge before the winter storms"))
    #expect(run.standardOutput.contains(server.url("page/cli")))
  }

  @Test(.timeLimit(.minutes(3))) func annotateReadsAFeedsItemsAsJSONLines() throws {
    let run = try cli.run(["annotate", server.url("feed/cli?items=2")])
    #expect(run.status == 0)
    #expect(run.standardOutput.split(separator: "\n").count == 2)
    #expect(run.standardOutput.contains(#""link":"\#(server.url("page/cli-1"))""#))
  }

  @Test(.timeLimit(.minutes(3))) func eachFailureIsOneLineWithItsStatus() throws {
    let cases: [(String, Int32, String)] = [
      (server.url("status/404"), 66, "the server answered 404 Not Found"),
      (server.url("loop"), 69, "more than 5 redirects (a redirect loop?)"),
      (server.url("to-file"), 69, "redirected to an address that is not http or https"),
      (server.url("feed/cli"), 65, "is a feed, not an article; `gloss annotate` and `gloss URL` read its items"),
      ("file:///etc/passwd", 64, "only http and https addresses are fetched, not file:"),
      ("http://127.0.0.1:1/", 69, "cannot connect to the host"),
    ]
    for (address, status, message) in cases {
      let run = try cli.run(["extract", address])
      #expect(run.status == status, "\(address)")
      #expect(run.standardError == "gloss: \(address): \(message)\n")
      #expect(run.standardOutput.isEmpty)
    }
  }

  @Test(.timeLimit(.minutes(3))) func theReaderRefusesAnAddressWithOtherPaths() throws {
    let run = try cli.run([server.url("page/cli"), GlossBinary.thaad])
    #expect(run.status == 64)
    #expect(run.standardError.contains("a web address opens alone"))
  }
}
