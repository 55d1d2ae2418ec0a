import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

@Suite("ArticleLoader")
struct ArticleLoaderTests {
  let loader = ArticleLoader()

  func failure(loading path: String) -> ArticleLoadError? { Fixtures.failure(loading: path) }

  @Test func missingFileIsNoInput() throws {
    let path = try TemporaryFolder.make().appendingPathComponent("absent.txt").path
    let error = try #require(failure(loading: path))
    #expect(error == .missing(name: path))
    #expect(error.exitCode == 66)
    #expect(error.message == "\(path): no such file")
  }

  @Test func directoryIsNoInput() throws {
    let path = try TemporaryFolder.make().path
    let error = try #require(failure(loading: path))
    #expect(error == .directory(name: path))
    #expect(error.exitCode == 66)
    #expect(error.message.hasPrefix(path + ": is a directory"))
  }

  @Test func binaryFileIsDataError() throws {
    let path = try Fixtures.file("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A])
    let error = try #require(failure(loading: path))
    #expect(error == .binary(name: path))
    #expect(error.exitCode == 65)
    #expect(error.message.contains("binary"))
  }

  @Test(arguments: ["", "  \n\t\r\n  \n"])
  func emptyOrBlankFileIsDataError(content: String) throws {
    let path = try Fixtures.file("blank.txt", content)
    let error = try #require(failure(loading: path))
    #expect(error == .empty(name: path))
    #expect(error.exitCode == 65)
  }

  @Test func messagesAreOneLineNamingTheFile() {
    let errors: [ArticleLoadError] = [
      .missing(name: "a.txt"), .directory(name: "a.txt"),
      .unreadable(name: "a.txt", reason: "permission denied"), .binary(name: "a.txt"),
      .empty(name: "a.txt"),
    ]
    for error in errors {
      #expect(error.message.hasPrefix("a.txt: "))
      #expect(!error.message.contains("\n"))
    }
  }

  @Test func invalidUTF8IsReplacedWithOneWarning() throws {
    // "Head\n\nA\xFFB and C\xC3 end." with two invalid sequences.
    let bytes =
      Array("Head\n\nA".utf8) + [0xFF] + Array("B and C".utf8) + [0xC3]
      + Array(" end.".utf8)
    let path = try Fixtures.file("broken.txt", bytes)
    let loaded = try loader.load(path)
    #expect(loaded.warnings == ["\(path): invalid UTF-8 replaced with U+FFFD"])
    let article = loaded.article
    #expect(article.text == "Head\n\nA\u{FFFD}B and C\u{FFFD} end.")
    let paragraph = try #require(article.paragraphs.first)
    #expect(paragraph.span == Span(6, 21))
    // Offsets count the replacement characters as one code point each.
    #expect(article.string(Span(8, 15)) == "B and C")
    #expect(article.scalars[7] == "\u{FFFD}")
  }

  @Test func byteOrderMarkIsDroppedAndNotCounted() throws {
    let path = try Fixtures.file("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Title\n\nBody text.".utf8))
    let article = try loader.load(path).article
    #expect(article.text == "Title\n\nBody text.")
    #expect(article.headline == Span(0, 5))
    #expect(article.paragraphs.map { $0.span } == [Span(7, 17)])
  }

  @Test func crlfLineBreaksSeparateParagraphsAndKeepTheText() throws {
    let text = "Title\r\n\r\nFirst line\r\nsecond line.\r\n\r\nNext one.\r\n"
    let article = try loader.load(Fixtures.file("dos.txt", text)).article
    #expect(article.text == text)
    #expect(article.string(try #require(article.headline)) == "Title")
    #expect(Fixtures.paragraphTexts(article) == ["First line\r\nsecond line.", "Next one."])
  }

  @Test func formatFollowsTheExtension() {
    #expect(ArticleFormat(named: "a/b.md") == .markdown)
    #expect(ArticleFormat(named: "b.MARKDOWN") == .markdown)
    #expect(ArticleFormat(named: "b.txt") == .text)
    #expect(ArticleFormat(named: "notes") == nil, "no known extension: the bytes decide")
    #expect(ArticleFormat(named: "x.md.txt") == .text)
  }

  @Test func standardInputIsSniffed() {
    #expect(ArticleFormat(sniffing: "---\ntitle: X\n---\nBody") == .markdown)
    #expect(ArticleFormat(sniffing: "# Head\n\nBody") == .markdown)
    #expect(ArticleFormat(sniffing: "#hashtag news\n\nBody") == .text)
    #expect(ArticleFormat(sniffing: "Plain head\n\nBody") == .text)
  }

  @Test func markdownFilesUseTheMarkdownParser() throws {
    let path = try Fixtures.file("note.md", "---\ntitle: Front\n---\n\n## Part\n\nBody.\n")
    let article = try loader.load(path).article
    #expect(article.title == "Front")
    #expect(article.paragraphs.first?.role == .heading)
  }

  @Test func loadsEverySample() throws {
    for name in ["thaad-south-korea-china.txt"] + Fixtures.wikinews {
      let loaded = try loader.load(Fixtures.sample(name).path)
      #expect(loaded.warnings.isEmpty, "\(name)")
      #expect(!loaded.article.paragraphs.isEmpty, "\(name)")
    }
  }

  /// 50 MB on one line loads as one paragraph of its sentences, within the time limit (the
  /// "Load" benchmarks measure the speed).
  @Test(.timeLimit(.minutes(5))) func fiftyMegabyteSingleLineLoads() throws {
    let sentence = Array(
      "The quick brown fox said \u{201C}Mr. Smith paid $2.5 million.\u{201D} ".utf8)
    var bytes = Array("Headline\n\n".utf8)
    bytes.reserveCapacity(50_000_000 + sentence.count)
    while bytes.count < 50_000_000 { bytes += sentence }
    let path = try Fixtures.file("big.txt", bytes)
    let article = try loader.load(path).article
    #expect(article.paragraphs.count == 1)
    #expect(article.paragraphs[0].span.end == article.length - 1)
    #expect(article.paragraphs[0].sentences.count > 500_000)
    try FileManager.default.removeItem(atPath: path)
  }
}
