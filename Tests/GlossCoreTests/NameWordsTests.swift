import Testing

@testable import GlossCore

/// A name's words read byte by byte (ASCII) and by characters (anything else) give what
/// `split(separator: " ")` gives.
@Suite("Name words")
struct NameWordsTests {
  @Test(arguments: ["Xi Jinping", "  Ana  M. Ruiz ", "THAAD", "", "   ", "José  Ruiz", "E\u{301}mile Zola"])
  func wordsAndCountAreTheSplitOnSpaces(name: String) {
    let split = name.split(separator: " ")
    #expect(NameWords.words(name) == split)
    #expect(NameWords.count(name) == split.count)
  }

  @Test func initialsAreTheCapitalsOfTwoWordsOrMore() {
    #expect(NameWords.initials("Terminal High Altitude Area Defense") == "THAAD")
    #expect(NameWords.initials("Bank of  England") == "BE")
    #expect(NameWords.initials("Reuters") == "")
    #expect(NameWords.initials("the people's army") == "")
    #expect(NameWords.initials("Émile Zola") == "ÉZ")
    #expect(NameWords.initials("E\u{301}mile Zola") == "E\u{301}Z")
  }

  @Test func middleInitialsAreDroppedAndSpacesMadeSingle() {
    #expect(NameWords.withoutMiddleInitials("Ana M. Ruiz") == "Ana Ruiz")
    #expect(NameWords.withoutMiddleInitials("J. K. Rowling") == "J. Rowling")
    #expect(NameWords.withoutMiddleInitials("Ana M Ruiz Soto") == "Ana Ruiz Soto")
    #expect(NameWords.withoutMiddleInitials("Ana  de  Ruiz") == "Ana de Ruiz")
    #expect(NameWords.withoutMiddleInitials("Ana MM. Ruiz") == "Ana MM. Ruiz")
    #expect(NameWords.withoutMiddleInitials("Ana  Ruiz") == "Ana  Ruiz")
    #expect(NameWords.withoutMiddleInitials("José M. Ruiz") == "José Ruiz")
    #expect(NameWords.withoutMiddleInitials("José Ñ. Ruiz") == "José Ruiz")
  }
}
