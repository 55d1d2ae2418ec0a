import Testing

@testable import GlossCore

/// Where the subject of a reporting verb stands, on sentences written for this test: a place in
/// a phrase of place is never the speaker, a conjunction before the comma does not hide a
/// subject after the verb, the person a verb tells is its object, not its subject, and a
/// clause opening with a role names the speaker of a partial quote in it; a fragment quoted in
/// a reported clause is the reporter's; a participle has its subject before it; "she's said" is
/// "she has said"; a subject stands past a conjunction, a set-off phrase, a place qualifying a
/// role or a connective ("Nevertheless,"); "they" is no place.
@Suite("Subjects of reporting verbs")
struct SpeakerClauseTests {
  /// A place after a preposition, or after a comma and the town it is in, says where the
  /// speaker is: the speaker is the role before it.
  @Test func aPlaceInAPhraseOfPlaceIsNeverTheSpeaker() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      “We will not change the rules this year,” a spokeswoman in Fresno, California, said. A teacher from Tucson said the plan was “a waste of good money.”
      """)
    #expect(text.speaker(of: "We will not change the rules") == "a spokeswoman")
    #expect(text.speaker(of: "a waste of good money") == "A teacher")
  }

  /// "“…” about jobs and wages, said Tom Varek": the subject follows the verb, whatever
  /// conjunction stands in the words before the comma.
  @Test func aConjunctionBeforeTheCommaHidesNoSubjectAfterTheVerb() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      “He is saying the right things” about the ferry and the new bridge, said Marta Quillen.
      """)
    #expect(text.speaker(of: "He is saying the right things") == "Marta Quillen")
  }

  /// "“…,” Tom Varek, a member of the council, told Ana Ruiz": the person told is the object;
  /// the subject is set off before the verb.
  @Test func thePersonAVerbTellsIsItsObject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      “That was a fine speech you gave last night,” Tom Varek, a member of the council, told Ana Ruiz as she left.
      """)
    #expect(text.speaker(of: "That was a fine speech") == "Tom Varek")
  }

  /// A clause that opens with a determiner and a role, a group or a text names the speaker of
  /// a partial quote in it; any other noun phrase names no one.
  @Test func aClauseOpeningWithARoleNamesItsSpeaker() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      The retired judge wants the money spent on “schools and roads, not bridges.” The plan is a “bold new start for the town.”
      """)
    #expect(text.speaker(of: "schools and roads") == "The retired judge")
    #expect(text.quote("bold new start") == nil)
  }

  /// A fragment quoted inside the clause a verb of speech reports is the reporter's, even when
  /// another verb of speech stands nearer it; not when a comma or a conjunction opens a clause
  /// of its own between the two verbs, and not for a quote that opens as a sentence.
  @Test func aFragmentInAReportedClauseIsTheReporters() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Marta Quillen said Tom Varek called the ferry plan “a gift to the shipping lobby.” While Tom Varek says the bridge is sound, Ana Ruiz said it is “older than the town hall.” Ana Ruiz wrote after Tom Varek argued that the town “cannot pay for two bridges.”
      """)
    #expect(text.speaker(of: "a gift to the shipping lobby") == "Marta Quillen")
    #expect(text.speaker(of: "older than the town hall") == "Ana Ruiz")
    #expect(text.speaker(of: "cannot pay for two bridges") == "Tom Varek")
  }

  /// A phrase naming a person set off after the last comma before the verb is its subject, not a
  /// name in the clause before the comma; a pronoun there is too.
  @Test func aSubjectSetOffAfterTheLastCommaIsTheSpeaker() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Minutes after Ana Ruiz was picked as the new harbour chief, council leader Tom Varek called the choice “a sad day for the port.”

      Marta Quillen spoke on Friday. Even though she would replace Tom Varek, she actually thinks he did “a decent job with the ferry.”
      """)
    #expect(text.speaker(of: "a sad day for the port") == "Tom Varek")
    #expect(text.speaker(of: "a decent job with the ferry") == "Marta Quillen")
  }

  /// A participle never has its subject after it (", adding that this is why Ruiz “…”"), and
  /// one that takes an object ("calling it “…”") speaks for the subject of its clause, not for
  /// the subject of a verb in an infinitive before it ("his decision to release the old files") nor
  /// for a phrase of time ("at one stage"); a text before it speaks ("the magazine's editorial").
  @Test func aParticipleHasItsSubjectBeforeIt() throws {
    let text = try AnnotatedText(
      """
      Senator Ana Lind spoke in Dayton on Friday.

      At the harbour fair, Lind said there is “no better plan on the table,” adding that this is why Tom Ruiz “keeps changing the subject.”

      Lind spoke before Ruiz on Monday about his decision to release the old files, calling it “a gift to developers” for the town.

      Lind wanted a new pier, but the work was slow, and she has argued with the harbour board for months, at one stage calling its chair a “coward” who was not “fit to lead.”

      The magazine's editorial calling the play a “triumph of style” ran on Monday.
      """)
    #expect(text.speaker(of: "no better plan on the table") == "Ana Lind")
    #expect(text.speaker(of: "keeps changing the subject") == "Ana Lind")
    #expect(text.speaker(of: "a gift to developers") == "Ana Lind")
    #expect(text.speaker(of: "coward") == "Ana Lind")
    #expect(text.speaker(of: "triumph of style") == "The magazine's editorial")
  }

  /// "she's said", "he's told": the "’s" after a pronoun is "has", not a possessive, so the
  /// verb reports and the pronoun is its subject.
  @Test func aPronounContractedWithHasIsTheSubject() throws {
    let text = try AnnotatedText(
      """
      Tom Ruiz and Ed Wu came to the fair on Monday.

      Maria Berg agreed with them. “We are ready,” she’s told friends.
      """)
    #expect(text.speakerMention(of: "We are ready") == "she → Maria Berg")
    #expect(text.quote("We are ready")?.speaker?.confidence == .medium)
  }

  /// "… for an autograph and Wu said", "Ruiz, in a letter issued by his lawyers, said", "the
  /// Harbour Times replied:", "texted her donors saying", "The Ohio governor said": the subject
  /// of the verb, not a name or phrase near it; "told a crowd chanting" is the crowd's.
  @Test func theSubjectStandsPastAConjunctionAPhraseOrAQualifyingPlace() throws {
    let text = try AnnotatedText(
      """
      Carla Wu toured the market on Saturday. At one stall, a boy asked for an autograph and Wu said, “only if you promise to read the book.”

      Tom Ruiz, in a letter issued by his lawyers on Monday, said he “respects the ruling” of the court.

      The Evening Post ran the same story in June, and the Harbour Times replied:

      “Nobody here was ever asked about the new road.”

      Senator Ana Lind texted her donors saying: “The race is not over.”

      The Ohio governor said: “The budget is balanced.”

      Lind told a crowd chanting “Open the gates” to go home.

      Tom Ruiz, who ran the port for years, issued a statement Tuesday saying, “The port will open in June.”
      """)
    #expect(text.speaker(of: "only if you promise") == "Carla Wu")
    #expect(text.speaker(of: "respects the ruling") == "Tom Ruiz")
    #expect(text.speaker(of: "Nobody here was ever asked") == "Harbour Times")
    #expect(text.speaker(of: "The race is not over") == "Ana Lind")
    #expect(text.speaker(of: "The budget is balanced") == "The Ohio governor")
    #expect(text.speaker(of: "Open the gates") == "a crowd")
    #expect(text.speaker(of: "The port will open in June") == "Tom Ruiz")
  }

  /// A connective or a day set off before the subject is no speaker, and a group noun after a
  /// name makes the name its modifier: the group speaks.
  @Test func aConnectiveBeforeTheSubjectAndANameBeforeAGroupNoun() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Nevertheless, harbour pilots said the new channel was too shallow for tankers. Lisbon officials said the ferry would run until May.
      """)
    #expect(text.speaker(of: "the new channel was too shallow") == "harbour pilots")
    #expect(text.speaker(of: "the ferry would run until May") == "Lisbon officials")
  }

  /// "They said" is people: never a state or town named before (here the farmers from it), and
  /// an organisation only as the subject of the sentence or the one before.
  @Test func theyStandsForAnOrganisationThatActsNeverForAPlace() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Farmers from Ohio met Governor Ana Diaz on Friday. They said the new levy would ruin them.

      The Harbor Council voted on Monday to raise fares. They said the ferries lose money every winter.
      """)
    #expect(text.speaker(of: "the new levy would ruin them") == "Farmers")
    #expect(text.quote("the new levy would ruin them")?.speaker?.entity == nil)
    #expect(text.speaker(of: "the ferries lose money every winter") == "Harbor Council")
  }

  /// A body named before a title qualifies it ("Port Board Chair Ana Lind"), and names the
  /// person after a second role joined by "and".
  @Test func aBodyBeforeATitleQualifiesItsHolder() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      “The channel must be dredged first,” said Lisbon Mayor and Port Board Chair Ana Lind.
      """)
    #expect(text.speaker(of: "The channel must be dredged first") == "Ana Lind")
  }
}

