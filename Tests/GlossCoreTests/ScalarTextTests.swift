import Foundation
import Testing

@testable import GlossCore

/// The article's text is stored in the narrowest width that holds it and reads back exactly.
@Suite("Scalar text")
struct ScalarTextTests {
  /// The text's scalars read one by one through `ScalarText`.
  func scalars(_ text: ScalarText) -> [Unicode.Scalar] { text.indices.map { text[$0] } }

  @Test(arguments: [
    ("Seoul, March 7 (Reuters) - South Korea", 1),
    ("Café in São Paulo, ½ price, ÿ", 1),
    ("“We oppose it,” he said — it’s final… Ā", 2),
    ("문재인 대통령은 말했다", 2),
    ("a \u{1F600} face and a 𝔘", 4),
    ("", 1),
  ])
  func storesTheNarrowestWidthAndReadsBackEveryScalar(text: String, width: Int) {
    let stored = ScalarText(text)
    #expect(stored.width == width)
    #expect(stored.count == text.unicodeScalars.count)
    #expect(scalars(stored) == Array(text.unicodeScalars))
    let fromScalars = ScalarText(Array(text.unicodeScalars))
    #expect(fromScalars.width == width)
    #expect(scalars(fromScalars) == Array(text.unicodeScalars))
  }

  @Test func theEdgesOfEachWidthStayInIt() {
    #expect(ScalarText("\u{FF}").width == 1)
    #expect(ScalarText("\u{100}").width == 2)
    #expect(ScalarText("\u{FFFD}").width == 2)
    #expect(ScalarText("\u{FFFF}").width == 2)
    #expect(ScalarText("\u{10000}").width == 4)
  }

  /// The THAAD sample takes a byte a scalar: its curly quotes and dashes, about one in a hundred,
  /// are set aside, and its text comes back unchanged.
  @Test func aSampleIsStoredInOneByteAndComesBackWhole() throws {
    let text = try String(contentsOf: Fixtures.sample("thaad-south-korea-china.txt"), encoding: .utf8)
    let article = Article(text: text)
    #expect(article.scalars.width == 1)
    #expect(article.scalars.asideCount == text.unicodeScalars.count { $0.value > 0xFF })
    #expect(article.scalars.asideCount > 40)
    #expect(article.text == text)
    #expect(article.string(Span(0, 10)) == String(text.unicodeScalars.prefix(10).map(Character.init)))
  }

  /// Scalars set aside read back wherever they stand: first and last, at the edges of the
  /// 256-scalar blocks of the table, several in one block, a whole block, NUL, and beyond the BMP.
  @Test func scalarsSetAsideReadBackAnywhere() {
    var scalars = Array(repeating: Unicode.Scalar("a"), count: 5000)
    var aside: [(Int, Unicode.Scalar)] = [
      (0, "’"), (255, "—"), (256, "“"), (257, "”"), (300, "\u{0}"), (301, "€"), (1023, "\u{1F600}"), (4999, "…"),
    ]
    // A quote in another script: a block of 256 all set aside, and the next block's start.
    aside += (2048..<2310).map { ($0, Unicode.Scalar(0xAC00 + UInt32($0 - 2048))!) }
    for (offset, scalar) in aside { scalars[offset] = scalar }
    let fromString = ScalarText(String(String.UnicodeScalarView(scalars)))
    let fromScalars = ScalarText(scalars)
    for text in [fromString, fromScalars] {
      #expect(text.width == 1)
      #expect(text.asideCount == aside.count)
      #expect(self.scalars(text) == scalars)
    }
  }

  /// Text a byte a scalar is decoded from its UTF-8 eight ASCII bytes at a time: any other
  /// scalar (NUL, Latin-1 of two bytes, beyond it of three and four) anywhere among ASCII ones,
  /// at every length around a word of eight, reads back as it was.
  @Test func narrowTextReadsBackWhateverStandsAmongItsASCII() {
    let others: [Unicode.Scalar] = ["\u{0}", "é", "ÿ", "’", "\u{1F600}"]
    for length in 1..<26 {
      for offset in 0..<length {
        for other in others {
          var scalars = (0..<32).map { Unicode.Scalar(UInt8(0x41 + $0 % 26)) }.prefix(length).map { $0 }
          scalars[offset] = other
          let text = ScalarText(String(String.UnicodeScalarView(scalars)))
          #expect(text.width == (length < 16 && other.value > 0xFF ? (other.value > 0xFFFF ? 4 : 2) : 1))
          #expect(self.scalars(text) == scalars)
        }
      }
    }
  }

  /// Text with many scalars beyond Latin-1 is stored two bytes a scalar, with none set aside.
  @Test func textWithManyWideScalarsIsStoredWide() {
    let text = ScalarText(String(repeating: "a’", count: 100))
    #expect(text.width == 2)
    #expect(text.asideCount == 0)
    #expect(scalars(text) == Array(String(repeating: "a’", count: 100).unicodeScalars))
  }

  /// The fast paths of ``ScalarClass`` (ASCII, General Punctuation) agree with the Unicode
  /// properties they stand for.
  @Test func scalarClassesAgreeWithUnicodeProperties() {
    let ranges: [ClosedRange<UInt32>] = [0...0x24F, 0x1F00...0x20CF, 0x3000...0x303F, 0xAC00...0xAC20, 0x1F600...0x1F610]
    for scalar in ranges.joined().compactMap(Unicode.Scalar.init) {
      let properties = scalar.properties
      let isMark = properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
      #expect(ScalarClass.isWordScalar(scalar) == (properties.isAlphabetic || properties.numericType != nil || isMark))
      #expect(ScalarClass.isLetter(scalar) == properties.isAlphabetic)
      #expect(ScalarClass.isDigit(scalar) == (properties.numericType != nil))
      #expect(ScalarClass.isUppercase(scalar) == properties.isUppercase)
      #expect(ScalarClass.isWhitespace(scalar) == properties.isWhitespace)
    }
  }
}
