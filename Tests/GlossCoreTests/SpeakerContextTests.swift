import Testing

@testable import GlossCore

/// Speakers found in the words and sentences around a quote, each rule on sentences written for
/// this test: a pronoun right before its verb, a statement that goes on after its attribution,
/// an attribution in the sentence after a quote, the subject after an inverted verb, a role
/// that a name only qualifies, the name a relative clause hangs on, a pronoun set off by a
/// comma before the verb after a quote, the subject after a verb set off by a comma, the
/// subject of the verb that reports a clause, and "we" in the writer's words as the writer, but
/// "I" in a transcript's turn as the one named before its colon.
@Suite("Speakers from the words around a quote")
struct SpeakerContextTests {
  @Test func aPronounRightBeforeTheVerbIsItsSubjectInARelativeClause() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Tom Reed criticised the bus contract signed by Mayor Lena Marsh, who he called "a reckless spender" at the meeting.
      """)
    #expect(text.speakerMention(of: "a reckless spender") == "he → Tom Reed")
  }

  @Test func aRelativeClausesVerbSpeaksForTheNameItHangsOn() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Mayor Lena Marsh won the support of Tom Kesswick, who declared at the meeting, "It is time to rebuild the harbour."

      The vote was praised by Ilse Brannick of Oregon, who called the plan "a fair deal for the district."
      """)
    #expect(text.speakerMention(of: "time to rebuild") == "who → Tom Kesswick")
    #expect(text.speaker(of: "a fair deal") == "Ilse Brannick")
    #expect(text.entity("Oregon")?.type == .place)
    let closed = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Tom Kesswick, who is 45, said "the harbour needs a new crane" before the vote.
      """)
    #expect(closed.speakerMention(of: "a new crane") == "Tom Kesswick → Tom Kesswick")
    let aside = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      The harbour has a long history (Tom Kesswick, who built the first crane, once said, "It was the hardest job of my life").
      """)
    #expect(aside.speaker(of: "the hardest job") == "Tom Kesswick")
  }

  @Test func aPronounAloneBeforeTheVerbAfterAQuoteIsItsSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      "The vote will be close" because she has not yet made up her mind, Tom Varek said of the mayor. "It will be close" unless she decides soon, he said.
      """)
    #expect(text.speakerMention(of: "It will be close") == "he → Tom Varek")
  }

  @Test func aVerbSetOffByACommaHasItsSubjectAfterIt() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      "The mayor has no plan for the harbour" if she loses the vote, said Tom Varek, a member of the council.
      """)
    #expect(text.speaker(of: "no plan for the harbour") == "Tom Varek")
  }

  @Test func theSpeakerOfAReportedClauseIsTheOuterSubject() throws {
    let text = try AnnotatedText(
      """
      Tom Kesswick spoke to the council on Monday about the budget for the coming year.

      He said in a statement on Tuesday that he believes the port needs "a new crane for the harbour" before the summer.
      """)
    #expect(text.speakerMention(of: "a new crane") == "He → Tom Kesswick")
  }

  @Test func aVerbEndsTheRolePhraseAfterTheSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      First, Tom Reed attacked former Democratic mayoral nominee Ann Cole for being a "weak candidate" on taxes.
      """)
    #expect(text.speaker(of: "weak candidate") == "Tom Reed")
  }

  @Test func aStatementGoesOnAfterTheSentenceThatAttributesIt() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the ferry for the coming year.

      "We will keep the line open," the harbour master told the radio in a short interview in Porto when asked if he had met Cole, who leads in the polls. "The ferry is safe."
      """)
    #expect(text.speaker(of: "The ferry is safe") == "the harbour master")
  }

  @Test func theSentenceAfterAQuestionCanNameItsSpeaker() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the ferry for the coming year.

      "Will the ferry run all winter?" Ann Cole asked on Tuesday.

      "We will win the vote!" Tom Reed told reporters.
      """)
    #expect(text.speaker(of: "Will the ferry run") == "Ann Cole")
    #expect(text.speaker(of: "We will win the vote") == "Tom Reed")
  }

  @Test func aStatementTakesNoSpeakerFromTheNextSentencesOwnClause() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Tom Reed disagreed with the mayor on Monday. "Leadership is about solving problems," he said. "The old approach has no chance." Ann Cole said that the plan would pass anyway.
      """)
    #expect(text.speaker(of: "The old approach has no chance") == "Tom Reed")
  }

  @Test func theSecondHalfOfAnInterruptedQuoteHasTheSameSpeaker() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the ferry for the coming year.

      "Nobody will pay for it," said the Ohio senator, "because nobody wants it."
      """)
    #expect(text.speaker(of: "Nobody will pay") == "the Ohio senator")
    #expect(text.speaker(of: "because nobody wants it") == "the Ohio senator")
  }

  /// "said Ohio Gov. Ann Cole", "said Army Capt. Luis Ortega": the name before a title only
  /// describes the person after it.
  @Test func aNameBeforeATitleDescribesThePersonAfterIt() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the ferry for the coming year.

      "Nobody will pay for it," said Ohio Gov. Ann Cole. "It is a fair plan," said Army Capt. Luis Ortega.
      """)
    #expect(text.speaker(of: "Nobody will pay") == "Ann Cole")
    #expect(text.speaker(of: "It is a fair plan") == "Luis Ortega")
  }

  @Test func aPhraseBeforeAnInvertedVerbIsNoSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the ferry for the coming year.

      Parking fees "went up far too fast" in the last budget, said Harriet Lowe. "Nobody saw it coming."
      """)
    #expect(text.speaker(of: "went up far too fast") == "Harriet Lowe")
    #expect(text.speaker(of: "Nobody saw it coming") == "Harriet Lowe")
  }

  @Test func moreVerbsOfSpeechNameTheSpeaker() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      "The plan is a disgrace," Harriet Lowe fumed after the vote.
      """)
    #expect(text.speaker(of: "The plan is a disgrace") == "Harriet Lowe")
  }

  @Test func aTitleAfterAPrepositionIsAWorkNotAQuote() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Ann Cole appeared on "Meet the Harbour" on Sunday, and Tom Reed, the star of "Silver Harbour Nights", watched.

      "We will keep the line open," Ann Cole said.
      """)
    #expect(text.quote("Meet the Harbour") == nil)
    #expect(text.quote("Silver Harbour Nights") == nil)
    #expect(text.speaker(of: "We will keep the line open") == "Ann Cole")
  }

  /// A long apposition after the speaker's name, with an "and" in it, is an aside: the verb
  /// after it is still the name's.
  @Test func aLongAppositionWithAndAfterTheName() throws {
    let text = try AnnotatedText(
      """
      The debate ran late on Sunday.

      "The mayor has no plan for the harbour," Tom Reed, the former county judge and a candidate for the council, said on Sunday.
      """)
    #expect(text.speaker(of: "The mayor has no plan") == "Tom Reed")
  }

  @Test func weInTheWritersWordsIsTheWriterAndITheTurnsSpeaker() throws {
    let text = try AnnotatedText(
      """
      The Harbour Council met on Monday to talk about the ferry.

      We asked readers whether the ferry should keep running in the winter. "It must stay," the council's chairwoman, Ana Lind, said.

      LIND: I think that the town cannot do without it.
      """)
    let quote = try #require(text.quote("the ferry should keep running"))
    #expect(quote.speaker?.entity == nil)
    #expect(text.speaker(of: "It must stay") == "Ana Lind")
    #expect(text.speaker(of: "the town cannot do without it")?.uppercased() == "LIND")
  }

  /// "…,” he said" after a quote of several sentences looks back from the quote's first
  /// sentence: the subject who spoke before it, not a name owned in passing there.
  @Test func aPronounAfterALongQuoteLooksBackFromItsStart() throws {
    let text = try AnnotatedText(
      """
      The court blocked the new water law on Friday.

      Gov. Tom Varek said he expects a quick appeal of Judge Carl Lind's ruling. "Like I said when I signed the law, it protects our farms. I am disappointed the court did not see that. I look forward to an appeal," he said.
      """)
    #expect(text.speaker(of: "I look forward to an appeal") == "Tom Varek")
  }
}
