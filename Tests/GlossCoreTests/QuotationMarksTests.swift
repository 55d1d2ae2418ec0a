import Testing

@testable import GlossCore

/// Quotation marks of other languages than English, on sentences written for the tests: each
/// opening mark closes with its own language's closing mark, nested ones too.
@Suite("Quotation marks of other languages")
struct QuotationMarksTests {
  /// The texts of the quotes found in `body`.
  func quotes(_ body: String) throws -> [String] {
    try AnnotatedText(body).annotations.quotes.map(\.text)
  }

  @Test func germanLowAndHighMarksWithANestedSingleQuote() throws {
    let found = try quotes(
      "„Die neue Brücke wird im Mai eröffnet“, sagte Bürgermeisterin Anna Keller am Montag. „Sie nannte es ‚einen Fehler‘, und das war es“, sagte er.")
    #expect(found.contains("Die neue Brücke wird im Mai eröffnet"))
    #expect(found.contains("Sie nannte es ‚einen Fehler‘, und das war es"))
    #expect(found.contains("einen Fehler"))
  }

  @Test func polishLowMarkClosesWithTheEnglishClosingMark() throws {
    let found = try quotes("„Most zostanie otwarty w maju” – powiedziała Anna Nowak. Prace trwają od roku.")
    #expect(found == ["Most zostanie otwarty w maju"])
  }

  @Test func frenchGuillemetsWithSpacesInside() throws {
    let found = try quotes("« Le pont ouvrira en mai », a déclaré Marie Dubois. Les travaux ont commencé l’an dernier.")
    #expect(found == ["Le pont ouvrira en mai"])
  }

  @Test func germanBookGuillemetsPointInwards() throws {
    let found = try quotes("»Wir bauen die Brücke«, sagte Keller. Der Rat stimmte zu.")
    #expect(found == ["Wir bauen die Brücke"])
  }

  /// Corner brackets quoting a sentence (after a colon, or ending in a full stop) are quotes,
  /// though no speaker can be found yet: reporting verbs are English only.
  @Test func cornerBracketsQuotingASentence() throws {
    let found = try quotes("市长表示：「大桥将于五月通车。」工程已经开始。田中氏は「橋は五月に開通します。」と述べた。")
    #expect(found.contains("大桥将于五月通车。"))
    #expect(found.contains("橋は五月に開通します。"))
  }

  @Test func englishMarksAreReadAsBefore() throws {
    let found = try quotes("“The bridge opens in May,” said Mayor Anna Keller. “We will not wait,” she said.")
    #expect(found == ["The bridge opens in May", "We will not wait"])
  }

  /// Two apostrophes for each double mark, as archives and typewritten texts write them; an
  /// inch sign after a number is none.
  @Test func pairsOfApostrophesAsDoubleMarks() throws {
    let text = try AnnotatedText(
      """
      The clubs met on Monday.

      ''There are big issues, and they're being fought,'' said Ana Ruiz, a broker in Tampa. The hall is 12'6'' high and the board's plan was dropped.
      """)
    let found = text.annotations.quotes.map(\.text)
    #expect(found.contains("There are big issues, and they're being fought"))
    #expect(text.speaker(of: "There are big issues") == "Ana Ruiz")
    #expect(!found.contains { $0.contains("6") })
  }

  /// A pair of apostrophes with a space on each side closes the open quote, and opens one when
  /// none is open.
  @Test func aPairOfApostrophesBetweenSpaces() throws {
    let text = try AnnotatedText(
      """
      The clubs met on Monday.

      ''The hall pays for itself, '' said Mr. Tovar, who now runs the club. ''It never needs a loan.''
      """)
    let found = text.annotations.quotes.map(\.text)
    #expect(found.contains("The hall pays for itself"))
    #expect(found.contains("It never needs a loan."))
    #expect(text.speaker(of: "The hall pays for itself") == "Tovar")
    let edges = try AnnotatedText(
      """
      The clubs met on Monday.

      '' The hall pays for itself, '' said Mr. Tovar. ''It never needs a loan,'' he added.

      The door is 6 '' taller than the old one and 2 '' wider, Mr. Tovar said. ''It never leaks,'' he added.
      """)
    let quotes = edges.annotations.quotes.map(\.text)
    #expect(quotes.contains("The hall pays for itself"))
    #expect(edges.speaker(of: "It never needs a loan") == "Tovar")
    #expect(!quotes.contains { $0.hasPrefix("taller") || $0.hasPrefix("said") })
    #expect(edges.speaker(of: "It never leaks") == "Tovar")
  }

  /// Three apostrophes after a word close a single quote nested in a double one, then the double.
  @Test func threeApostrophesCloseTheNestedQuoteThenTheOuter() throws {
    let text = try AnnotatedText(
      """
      The clubs met on Monday.

      ''I told them, 'The bridge must wait,''' Ana Ruiz recalled. The board agreed.
      """)
    let found = text.annotations.quotes.map(\.text)
    #expect(found.contains("I told them, 'The bridge must wait,'"))
    #expect(found.contains("The bridge must wait"))
    #expect(text.speaker(of: "I told them") == "Ana Ruiz")
  }
}
