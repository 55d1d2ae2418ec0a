import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// Loading and annotating files at the edges: empty, huge, blank, binary, broken or foreign
/// encodings, Windows line ends, awkward paths, and files that go away while being read.
@Suite("Edge cases of loading and annotating")
struct EdgeCaseLoadingTests {
  let loader = ArticleLoader()

  func failure(loading path: String) -> ArticleLoadError? { Fixtures.failure(loading: path) }

  /// A headline line, then `count` bytes of prose with no line break: sentences of words, each
  /// with a quote.
  static func oneLine(bytes count: Int) -> Data {
    let headline = Array("Headline\n".utf8)
    let sentence = Array("The minister said the plan would “help every farmer in the region,” and Reuters reported it. ".utf8)
    var bytes = headline
    bytes.reserveCapacity(headline.count + count + sentence.count)
    while bytes.count < headline.count + count { bytes += sentence }
    return Data(bytes.prefix(headline.count + count))
  }

  @Test func emptyFileIsRefusedAsEmpty() throws {
    let path = try Fixtures.file("empty.txt", [])
    #expect(failure(loading: path) == .empty(name: path))
  }

  /// 50 MB on one line loads whole, and 5 MB of the same line (every pass sees one huge
  /// paragraph) annotates within the time limit, finding ten times the quotes of a tenth of it.
  /// Annotation speed by size is measured by the benchmarks ("Annotate 1/20/100 MB"), not here.
  @Test(.timeLimit(.minutes(10))) func oneFiftyMegabyteLineLoadsAndFiveMegabytesAnnotate() throws {
    let directory = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("line.txt").path
    let size = 50 * 1024 * 1024
    try Self.oneLine(bytes: size).write(to: URL(fileURLWithPath: path))
    let article = try loader.load(path).article
    #expect(article.scalars.count > size / 2)
    #expect(article.paragraphs.count == 1)

    func quotes(megabytes: Double) throws -> Int {
      let data = Self.oneLine(bytes: Int(megabytes * 1024 * 1024))
      return Annotator().annotate(try loader.load(data, name: "part", format: .text).article).quotes.count
    }
    #expect(try quotes(megabytes: 5) > 9 * quotes(megabytes: 0.5))
  }

  /// Offsets are kept in 32 bits: a file over 2 GB is refused with one line before it is read
  /// (the file here is sparse: it takes no disk).
  @Test func aFileOverTwoGigabytesIsRefusedUnread() throws {
    let path = try Fixtures.file("huge.txt", "Headline\n\nBody.\n")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(Int32.max) + 1)
    try handle.close()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = try #require(failure(loading: path))
    #expect(error.message == "\(path): cannot be read (over 2 GB, more than Gloss reads)")
    #expect(error.exitCode == 66)
  }

  @Test(.timeLimit(.minutes(10))) func aMillionEmptyLinesAreEmpty() throws {
    let path = try Fixtures.file("blank.txt", [UInt8](repeating: 0x0A, count: 1_000_000))
    #expect(failure(loading: path) == .empty(name: path))
  }

  @Test func aMillionEmptyLinesBetweenTwoParagraphs() throws {
    let text = "Headline\n" + String(repeating: "\n", count: 1_000_000) + "The last paragraph."
    let path = try Fixtures.file("gap.txt", text)
    let article = try loader.load(path).article
    #expect(article.headline.map(article.string) == "Headline")
    #expect(Fixtures.paragraphTexts(article) == ["The last paragraph."])
    #expect(article.paragraphs.first?.span.start == 1_000_009)
    _ = Annotator().annotate(article)
  }

  @Test(arguments: [[0x00], Array("Head\n\nBody".utf8) + [0x00], [0x41, 0x00, 0x42]])
  func nulBytesAreRefusedAsBinary(bytes: [UInt8]) throws {
    let path = try Fixtures.file("nul.txt", bytes)
    let error = try #require(failure(loading: path))
    #expect(error == .binary(name: path))
    #expect(error.exitCode == 65)
  }

  /// Lone continuation bytes, an overlong form, a UTF-16 surrogate in UTF-8 and a sequence cut
  /// off at the end of the file: each maximal ill-formed part is one U+FFFD, and offsets after
  /// it count it as one scalar.
  @Test func invalidUTF8BecomesReplacementCharactersAtTheRightOffsets() throws {
    let bytes =
      Array("Head\n\n".utf8) + [0x80, 0xBF] + Array(" one ".utf8) + [0xC0, 0xAF]
      + Array(" two ".utf8) + [0xED, 0xA0, 0x80] + Array(" three ".utf8) + [0xE2, 0x82]
    let path = try Fixtures.file("invalid.txt", bytes)
    let loaded = try loader.load(path)
    #expect(loaded.warnings == ["\(path): invalid UTF-8 replaced with U+FFFD"])
    let article = loaded.article
    let expected = "Head\n\n\u{FFFD}\u{FFFD} one \u{FFFD}\u{FFFD} two \u{FFFD}\u{FFFD}\u{FFFD} three \u{FFFD}"
    #expect(article.text == expected)
    #expect(article.scalars.count == expected.unicodeScalars.count)
    #expect(article.string(Span(8, 13)) == " one ")
    #expect(article.string(Span(15, 20)) == " two ")
    let paragraph = try #require(article.paragraphs.first)
    #expect(paragraph.span == Span(6, article.scalars.count))
    let annotations = Annotator().annotate(article)
    #expect(annotations.entities.allSatisfy { entity in entity.mentions.allSatisfy { $0.end <= article.length } })
  }

  /// UTF-16 that opens with a byte order mark is decoded (the mark is not counted); UTF-16 that
  /// does not decode is refused as binary with a one-line message, not shown as garbage.
  @Test(arguments: [false, true])
  func utf16WithByteOrderMarkIsDecoded(bigEndian: Bool) throws {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in "Head\n\nBody é 한국.".utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    let article = try loader.load(try Fixtures.file("utf16.txt", bytes)).article
    #expect(article.title == "Head")
    #expect(article.paragraphs.map { article.string($0.span) } == ["Body é 한국."])
    // A lone high surrogate followed by "A": not UTF-16.
    let lone: [UInt8] = bigEndian ? [0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x41] : [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]
    let broken = try Fixtures.file("broken-utf16.txt", lone)
    #expect(failure(loading: broken) == .binary(name: broken))
  }

  /// A UTF-8 byte order mark is dropped and not counted in offsets.
  @Test func utf8ByteOrderMarkIsDropped() throws {
    let path = try Fixtures.file("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Head\n\nBody.".utf8))
    let article = try loader.load(path).article
    #expect(article.text == "Head\n\nBody.")
    #expect(article.paragraphs.map(\.span) == [Span(6, 11)])
  }

  @Test func crlfLineEndsGiveParagraphsWithoutCarriageReturns() throws {
    let text = "Head line\r\n\r\nFirst paragraph, one line.\r\n\r\nSecond paragraph\r\non two lines.\r\n"
    let path = try Fixtures.file("crlf.txt", text)
    let article = try loader.load(path).article
    #expect(article.text == text)
    #expect(article.headline.map(article.string) == "Head line")
    #expect(
      Fixtures.paragraphTexts(article) == ["First paragraph, one line.", "Second paragraph\r\non two lines."])
    // "\r\n" counts two scalars: "Head line" is 9, then two line ends.
    #expect(article.paragraphs.first?.span == Span(13, 39))
    #expect(article.paragraphs.last?.span == Span(43, 74))
  }

  @Test func crlfMarkdownGivesTheSameParagraphs() throws {
    let text = "# Head line\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"
    let path = try Fixtures.file("crlf.md", text)
    let article = try loader.load(path).article
    #expect(article.headline.map(article.string) == "Head line")
    #expect(Fixtures.paragraphTexts(article) == ["First paragraph.", "Second paragraph."])
  }

  @Test func pathWithSpacesAndNonASCIICharacters() throws {
    let directory = try TemporaryFolder.make().appendingPathComponent("dossier spécial 記事")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("Ärger über  die “Zeitung” — ☃.md").path
    try Data("# Schlagzeile\n\nDer Text.\n".utf8).write(to: URL(fileURLWithPath: path))
    let article = try loader.load(path).article
    #expect(article.headline.map(article.string) == "Schlagzeile")
    #expect(Fixtures.paragraphTexts(article) == ["Der Text."])

    let missing = directory.appendingPathComponent("fehlt ö.txt").path
    #expect(failure(loading: missing)?.message == "\(missing): no such file")
  }

  /// A name whose file has gone: a symbolic link left pointing nowhere is a missing file.
  @Test func danglingSymbolicLinkIsMissing() throws {
    let directory = try TemporaryFolder.make()
    let target = directory.appendingPathComponent("gone.txt").path
    try Data("Head\n\nBody.".utf8).write(to: URL(fileURLWithPath: target))
    let link = directory.appendingPathComponent("link.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    try FileManager.default.removeItem(atPath: target)
    #expect(failure(loading: link) == .missing(name: link))
  }

  /// A file removed from its directory after it was opened is still read whole through the open
  /// descriptor (here named by `/proc/self/fd`), as the loader reads once it has opened.
  @Test func fileUnlinkedWhileOpenIsReadWhole() throws {
    let path = try Fixtures.file("unlinked.txt", "Head\n\nStill here.")
    let descriptor = open(path, O_RDONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    try FileManager.default.removeItem(atPath: path)
    #expect(!FileManager.default.fileExists(atPath: path))
    let article = try loader.load("/proc/self/fd/\(descriptor)").article
    #expect(Fixtures.paragraphTexts(article) == ["Still here."])
  }

  /// A file that grows while it is read (a pipe whose writer writes in two parts, then goes
  /// away) is read to the end the writer reached, without hanging.
  @Test func pipeWhoseWriterGoesAwayIsReadToWhereItStopped() throws {
    let path = try TemporaryFolder.make().appendingPathComponent("fifo.txt").path
    try #require(mkfifo(path, 0o600) == 0)
    let writer = Thread {
      guard let handle = FileHandle(forWritingAtPath: path) else { return }
      handle.write(Data("Head\n\nFirst part".utf8))
      usleep(50_000)
      handle.write(Data(", second part.".utf8))
      try? handle.close()
    }
    writer.start()
    let article = try loader.load(path).article
    #expect(Fixtures.paragraphTexts(article) == ["First part, second part."])
  }
}
