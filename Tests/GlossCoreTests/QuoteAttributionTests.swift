import Testing

@testable import GlossCore

/// Quote finding and speaker attribution on wording written for these tests, not taken from
/// the samples: the rules must hold for news they have never seen.
@Suite("Quote attribution")
struct QuoteAttributionTests {
  @Test func speakerAfterTheQuoteInEitherOrder() throws {
    let text = try AnnotatedText(
      """
      “We will appeal the ruling,” said Maria Fernandez, a lawyer for the families.

      “The court has spoken,” the judge's clerk, Peter Novak, told reporters. “Nothing changes today,” Novak said.
      """)
    #expect(text.speaker(of: "We will appeal") == "Maria Fernandez")
    #expect(text.quote("We will appeal")?.kind == .direct)
    #expect(text.speaker(of: "The court has spoken") == "Peter Novak")
    #expect(text.speaker(of: "Nothing changes today") == "Peter Novak")
  }

  @Test func speakerBeforeTheQuoteWithColonOrComma() throws {
    let text = try AnnotatedText(
      """
      Prime Minister Anna Lindqvist told Reuters: “The budget is balanced for the first time in a decade.”

      Opposition leader David Okafor said, “This budget cuts the wrong things.”
      """)
    #expect(text.speaker(of: "The budget is balanced") == "Anna Lindqvist")
    #expect(text.speaker(of: "This budget cuts") == "David Okafor")
    let via = try #require(text.quote("The budget is balanced")?.via)
    #expect(text.annotations.source(via)?.name == "Reuters")
  }

  @Test func pronounsResolveToTheLastPersonNamed() throws {
    let text = try AnnotatedText(
      """
      Researchers at the Delft Institute of Technology tested the bridge for months. Sofia Marquez, who led the team, says the results surprised everyone.

      “We expected cracks and found none,” she told the BBC.
      """)
    #expect(text.speaker(of: "We expected cracks") == "Sofia Marquez")
    #expect(text.quote("We expected cracks").map { text.article.string($0.speaker!.span) } == "she")
  }

  @Test func aQuoteWithoutCueInheritsTheSpeakerBeforeIt() throws {
    let text = try AnnotatedText(
      """
      “The harvest was the worst in twenty years,” farmer John Abbott said. “Prices will rise. There is no way around it.”
      """)
    #expect(text.speaker(of: "Prices will rise") == "John Abbott")
  }

  @Test func aQuoteContinuedOverParagraphsIsOneQuote() throws {
    let text = try AnnotatedText(
      """
      Mayor Helen Cho said: “We have cleared the main roads and the schools will open on Monday.

      “The side streets will take longer, and I ask everyone to be patient.”
      """)
    let quote = try #require(text.quote("We have cleared the main roads"))
    #expect(quote.pieces.count == 2)
    #expect(quote.text.contains("The side streets will take longer"))
    #expect(quote.speaker?.name == "Helen Cho")
  }

  @Test func aPassageQuotedFromAnOutletIsABlockQuoteWithNestedQuotes() throws {
    let text = try AnnotatedText(
      """
      From an Associated Press report on Monday:

      “The talks ended without a deal, ‘but the door remains open,’ Foreign Minister Kenji Sato said after the meeting.”
      """)
    let block = try #require(text.quote("The talks ended without a deal"))
    #expect(block.kind == .block)
    #expect(block.speaker?.name == "Associated Press")
    let nested = try #require(text.quote("but the door remains open"))
    #expect(nested.parent == block.id)
    #expect(nested.speaker?.name == "Kenji Sato")
  }

  @Test func partialQuotesAndPassiveAttribution() throws {
    let text = try AnnotatedText(
      """
      The minister was told by a senior official, Laura Benedetti, that the plan was “simply unaffordable.”

      Critics such as economist Paul Krugman warn that the policy could “make things much worse” for renters.
      """)
    #expect(text.speaker(of: "simply unaffordable") == "Laura Benedetti")
    #expect(text.quote("simply unaffordable")?.kind == .partial)
    #expect(text.speaker(of: "make things much worse") == "Paul Krugman")
  }

  @Test func titlesAndScareQuotesAreNotQuotes() throws {
    let text = try AnnotatedText(
      """
      In an essay titled “Why Cities Flood,” the engineer argued for wider drains.

      The so-called “green wall” along the river has not been built.
      """)
    #expect(text.quote("Why Cities Flood") == nil)
    #expect(text.quote("green wall") == nil)
  }

  @Test func aTitleCasedPassageWithoutAVerbBesideItIsATitle() throws {
    let text = try AnnotatedText(
      """
      Ana Ruiz said her favourite show was “The Harbour Watch at Midnight.” She has seen every episode.

      The crowd chanted “Build The Bridge Now” as Tom Reed walked on stage.

      “Nobody Here Gets Out Alive,” Tom Reed said of the final vote.

      Tom Reed looked at his rival and said “You're No Harbour Master” to loud cheers.

      At the debate Tom Reed turned to his rival: “You're No Harbour Master.” The hall went quiet.

      On who should run the port, the crowd had one name in mind: “Ana Lind.” Nobody disagreed.
      """)
    // The title is no quote of its own; the clause Ana Ruiz reports holds it whole.
    #expect(!text.annotations.quotes.contains { $0.text.hasPrefix("The Harbour Watch") })
    #expect(text.quote("The Harbour Watch")?.text == "her favourite show was “The Harbour Watch at Midnight.”")
    #expect(text.annotations.sources.contains { $0.name == "The Harbour Watch at Midnight" })
    #expect(text.quote("Build The Bridge Now") != nil)
    #expect(text.speaker(of: "Nobody Here Gets Out Alive") == "Tom Reed")
    #expect(text.quote("You're No Harbour Master") != nil)
    #expect(text.quote("You're No Harbour Master.") != nil)
    #expect(text.quote("Ana Lind.") != nil)
  }

  @Test func straightQuotesAndUnbalancedMarksDegradeGracefully() throws {
    let text = try AnnotatedText(
      """
      "It is too early to say," said Tom Becker, the coach.

      The coach added that the team "needs time and so do the fans.

      Nobody answered the phone at the club on Sunday.
      """)
    #expect(text.speaker(of: "It is too early to say") == "Tom Becker")
    let unbalanced = try #require(text.quote("needs time"))
    #expect(!unbalanced.text.contains("Nobody answered"))
  }

  @Test func indirectSpeechIsAQuoteWithoutMarks() throws {
    let text = try AnnotatedText(
      """
      According to the Ministry of Health, more than 300 people were treated in hospital.

      The company said that it would close two factories next year.
      """)
    let first = try #require(text.quote("more than 300 people were treated"))
    #expect(first.kind == .indirect)
    #expect(first.speaker?.name == "Ministry of Health")
    #expect(text.quote("it would close two factories")?.kind == .indirect)
  }

  @Test func dashAttributionAfterAPullQuote() throws {
    let text = try AnnotatedText(
      """
      “Every vote counts, and every voice matters.” — Grace Mensah
      """)
    #expect(text.speaker(of: "Every vote counts") == "Grace Mensah")
  }

  /// A straight double mark set off by a space after a closing single mark closes the quote
  /// ("… like, 'Oh, this is it,' " Lee said"): the quote ends there and its speaker follows.
  @Test func aSpacedDoubleMarkAfterASingleOneClosesTheQuote() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      "They search for anything and treat it like, 'Oh, this is important,' " Tom Varek said at the rally. "But we vote anyway."
      """)
    #expect(text.quote("They search for anything")?.text.hasSuffix("important,'") == true)
    #expect(text.speaker(of: "They search for anything") == "Tom Varek")
    #expect(text.speaker(of: "But we vote anyway") == "Tom Varek")
  }
}
