import Testing

@testable import GlossCore

/// Where the subject of a reporting verb stands, on sentences written for this test: a place in
/// a phrase of place is never the speaker, a conjunction before the comma does not hide a
/// subject after the verb, the person a verb tells is its object, not its subject, and a
/// clause opening with a role names the speaker of a partial quote in it; a fragment quoted in
/// a reported clause is the reporter's; a participle has its subject before it; "she's said" is
/// "she has said"; a subject stands past a conjunction, a set-off phrase or a place qualifying a
/// role.
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

  /// A participle never has its subject after it (", adding that it is why Ruiz “…”"), and one
  /// that takes an object ("calling it “…”") speaks for the subject of its clause, not for the
  /// subject of a verb in an infinitive before it ("his refusal to release his taxes") nor for
  /// a phrase of time ("at one point"); a text before it speaks ("the paper's editorial").
  @Test func aParticipleHasItsSubjectBeforeIt() throws {
    let text = try AnnotatedText(
      """
      Senator Ana Lind spoke in Dayton on Friday.

      Speaking to supporters in Ohio, Lind said that there is “only one true conservative left in this race,” adding that it is why Tom Ruiz “keeps attacking us.”

      Lind went after Ruiz on Wednesday over his refusal to release his taxes, calling it “plainly disqualifying” for a nominee.

      Lind made the harbour a priority, but the effort stalled, and she has battled with the mayor over the budget, at one point calling him a “liar” who was not “honorable.”

      The newspaper's editorial calling the town a “playground for the rich” ran on Sunday.
      """)
    #expect(text.speaker(of: "only one true conservative") == "Ana Lind")
    #expect(text.speaker(of: "keeps attacking us") == "Ana Lind")
    #expect(text.speaker(of: "plainly disqualifying") == "Ana Lind")
    #expect(text.speaker(of: "liar") == "Ana Lind")
    #expect(text.speaker(of: "playground for the rich") == "The newspaper's editorial")
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

  /// "… for a photo and Wu said", "Ruiz, in a statement released by the campaign, said", "the
  /// Harbour Times responded:", "emailed supporters saying", "The Vermont senator said": the
  /// subject of the verb, not a name or phrase near it.
  @Test func theSubjectStandsPastAConjunctionAPhraseOrAQualifyingPlace() throws {
    let text = try AnnotatedText(
      """
      Carla Wu spoke with voters outside the school. At one point, a man asked for a photo and Wu said, “as long as we are not breaking any rules.”

      Tom Ruiz, in a statement released by the campaign on Thursday, said he “appreciates the fairness” of the judge.

      The Daily Ledger made the same claims in May, and the Harbour Times responded:

      “If there are people who want to change the rules, they should say so.”

      Senator Ana Lind emailed supporters saying: “The struggle continues.”

      The Vermont senator said: “The fight goes on.”
      """)
    #expect(text.speaker(of: "as long as we are not breaking") == "Carla Wu")
    #expect(text.speaker(of: "appreciates the fairness") == "Tom Ruiz")
    #expect(text.speaker(of: "If there are people") == "Harbour Times")
    #expect(text.speaker(of: "The struggle continues") == "Ana Lind")
    #expect(text.speaker(of: "The fight goes on") == "The Vermont senator")
  }
}
