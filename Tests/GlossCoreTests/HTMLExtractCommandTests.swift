import Foundation
import GlossTestSupport
import Testing

/// `gloss extract` and `gloss annotate` on pages, end to end through the built executable.
@Suite("gloss extract")
struct HTMLExtractCommandTests {
  let cli = AnnotateCommandTests()

  @Test func textFormatIsTheArticleText() throws {
    let run = try cli.run(["extract", HTMLTestPages.path("news-site.html")])
    #expect(run.status == 0)
    #expect(run.standardError.isEmpty)
    #expect(run.standardOutput == (try HTMLTestPages.text("news-site.html")))
  }

  @Test func annotateOffsetsReferToTheExtractedText() throws {
    let path = HTMLTestPages.path("quotes.html")
    let text = try cli.run(["extract", path, "--format", "txt"]).standardOutput
    let json = try cli.run(["annotate", path, "--format", "json"]).standardOutput
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let quotes = try #require(object["quotes"] as? [[String: Any]])
    let scalars = Array(text.unicodeScalars)
    let berg = try #require(
      quotes.first { ($0["text"] as? String)?.hasPrefix("worth nothing") == true })
    let start = try #require(berg["start"] as? Int)
    let end = try #require(berg["end"] as? Int)
    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == berg["text"] as? String)
  }

  @Test func markdownFormat() throws {
    let run = try cli.run(["extract", HTMLTestPages.path("quotes.html"), "--format", "md"])
    #expect(run.status == 0)
    #expect(
      run.standardOutput.hasPrefix(
        "---\nsource: \"Daily Signal Wire\"\n---\n\n# Minister defends rail plan as unions push back\n\n"
      ))
    #expect(run.standardOutput.contains("\n\n> “Nobody who works on the railway today"))
  }

  @Test func jsonFormat() throws {
    let run = try cli.run(["extract", HTMLTestPages.path("magazine.html"), "--format", "json"])
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(object["gloss"] as? String == "extract/1")
    let article = try #require(object["article"] as? [String: Any])
    #expect(article["author"] as? String == "Luca Bianchi, Sofia Lind")
    let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
    #expect(
      paragraphs.contains {
        $0["role"] as? String == "heading" && $0["text"] as? String == "The economics"
      })
    #expect(object["text"] as? String == (try HTMLTestPages.text("magazine.html")))
  }

  @Test func standardInputIsSniffed() throws {
    let page = try Data(contentsOf: URL(fileURLWithPath: HTMLTestPages.path("german.html")))
    let run = try cli.run(["extract", "-"], input: page)
    #expect(run.status == 0)
    #expect(
      run.standardOutput.hasPrefix("Stadtrat stoppt Seilbahnprojekt\n\nDie geplante Seilbahn"))
  }

  @Test func pageWithoutArticleExits65WithOneLine() throws {
    let path = HTMLTestPages.path("no-article.html")
    let run = try cli.run(["extract", path])
    cli.expectFailure(run, status: 65, name: path)
    #expect(run.standardError == "gloss: \(path): no article text found in the page\n")
    cli.expectFailure(try cli.run(["annotate", path]), status: 65, name: path)
  }

  @Test func missingFileExits66() throws {
    let path = try TemporaryFolder.make().appendingPathComponent("gone.html").path
    cli.expectFailure(try cli.run(["extract", path]), status: 66, name: path)
  }
}
