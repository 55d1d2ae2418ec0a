import GlossCore
import Testing

@testable import GlossUI

/// Korean, Chinese, emoji and combining marks: columns counted, graphemes never split, panes
/// aligned.
@Suite("Wide characters")
struct WideCharacterTests {
  @Test func widthsOfGraphemes() {
    #expect(DisplayWidth.of("a" as Character) == 1)
    #expect(DisplayWidth.of("한" as Character) == 2)
    #expect(DisplayWidth.of("中" as Character) == 2)
    #expect(DisplayWidth.of("🇰🇷" as Character) == 2)
    #expect(DisplayWidth.of("é" as Character) == 1)
    #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
    #expect(DisplayWidth.of("，" as Character) == 2)
    #expect(DisplayWidth.of("사드 배치") == 9)
  }

  @Test func bufferNeverSplitsAWideGrapheme() {
    var buffer = CellBuffer(width: 5, height: 1)
    let end = buffer.put("한국어", x: 0, y: 0, style: .plain)
    #expect(buffer.line(0) == "한국 ")
    #expect(end == 5)
    #expect(buffer[1, 0].isContinuation)
    buffer.put("x", x: 1, y: 0, style: .plain)
    #expect(buffer.line(0) == " x국 ")
  }

  @Test func wrappedLinesFitTheWidthAndKeepEveryCharacter() throws {
    let article = try ReaderFixtures.fixture("hangul-sample.txt")
    for width in [10, 17, 24, 40] {
      for paragraph in article.paragraphs {
        let lines = WordWrapper(width: width).lines(of: paragraph.span, in: article.scalars)
        for line in lines {
          #expect(DisplayWidth.of(article.string(line)) <= width, "\(article.string(line)) at \(width)")
        }
        let joined = lines.map { article.string($0) }.joined().filter { !$0.isWhitespace }
        #expect(joined == article.string(paragraph.span).filter { !$0.isWhitespace })
      }
    }
  }

  @Test(arguments: [(120, 40), (80, 24), (60, 16)])
  func panesStayAlignedWithKoreanText(width: Int, height: Int) throws {
    let article = try ReaderFixtures.fixture("hangul-sample.txt")
    let state = ReaderFixtures.state(article, Annotator().annotate(article), width: width, height: height)
    let buffer = ReaderView(state: state, theme: .builtin).render()
    let separator = try #require(state.layout.separator)
    for y in 1..<height - 1 {
      #expect(buffer[separator, y].text == "│", "row \(y): \(buffer.line(y))")
      #expect(DisplayWidth.of(buffer.line(y)) == width, "row \(y) is not \(width) columns")
    }
    #expect(buffer.lines.contains { $0.contains("사드 배치 놓고") })
    #expect(buffer.lines.contains { $0.contains("서울") })
  }
}
