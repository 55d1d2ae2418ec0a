import Testing

@testable import GlossCore

/// A speaker named "they" that no organisation stands for is the group of people the text made
/// the subject just before, on wording written for these tests; "they" stays where the text
/// names no such group, or names people together.
@Suite("Speakers named by they")
struct GroupSpeakerTests {
  @Test func theyIsTheGroupThatWasTheSubjectTheSentenceBefore() throws {
    let text = try AnnotatedText(
      """
      Harbour pilots met the port board in Kessling on Monday. The new shift rules would put ships at risk, they said.
      """)
    #expect(text.speakerMention(of: "The new shift rules would put ships at risk") == "they → Harbour pilots")
  }

  /// The main clause's subject goes before a group named in a clause it holds.
  @Test func theMainClauseSubjectGoesBeforeAGroupInItsClause() throws {
    let text = try AnnotatedText(
      """
      Nurses at the county hospital were certain that the hospital's managers would cut the night shift. And they said the wards could not run with fewer staff.
      """)
    #expect(text.speakerMention(of: "the wards could not run") == "they → Nurses")
  }

  /// A chain of "they" goes back to its group, and a group in the pronoun's own sentence counts.
  @Test func aChainOfTheyAndTheOwnSentence() throws {
    let text = try AnnotatedText(
      """
      Her closest advisers gathered in Marlow early on Tuesday. They talked through the night. They said the count would go their way.

      Local farmers walked out of the meeting, and they said the levy was unfair.
      """)
    #expect(text.speaker(of: "the count would go their way") == "Her closest advisers")
    #expect(text.speaker(of: "the levy was unfair") == "Local farmers")
  }

  /// Members of a party or a people are a group, though the article makes them an entity.
  @Test func membersOfAPartyAreAGroup() throws {
    let text = try AnnotatedText(
      """
      Still, Democrats believe the harbour levy will pass. They say it was clear in the talks last week.
      """)
    #expect(text.entity("Democrats") != nil)
    #expect(text.speaker(of: "it was clear in the talks") == "Democrats")
  }

  /// People named together, a plural that is no group of people, and a clause of a sentence
  /// whose subject came before leave "they" as it is.
  @Test func theyStaysWhereNoGroupStandsForIt() throws {
    let together = try AnnotatedText(
      """
      Dara Quill and her aides left Marlow early on Tuesday. They said the count would go their way.
      """)
    #expect(together.speaker(of: "the count would go their way") == "They")
    let things = try AnnotatedText(
      """
      The talks in Marlow ended on Tuesday. They said the count would go their way.
      """)
    #expect(things.speaker(of: "the count would go their way") == "They")
    let clause = try AnnotatedText(
      """
      Dockers in Ostrava Bay waited for hours. The board ruled that the levy was fair once they said the count was wrong.
      """)
    #expect(clause.speaker(of: "the count was wrong") == "they")
  }

  /// A quote in marks is spoken by "they" as reported speech is; a group opened by a
  /// conjunction or a word of time is named without it.
  @Test func quotesInMarksAndGroupsAfterAConjunction() throws {
    let marks = try AnnotatedText(
      """
      Ferry pilots met the mayor of Ostrava Bay on Monday. “The new rules are unsafe,” they said.
      """)
    #expect(marks.speakerMention(of: "The new rules are unsafe") == "they → Ferry pilots")
    let conjunction = try AnnotatedText(
      """
      While officials in Ostrava Bay argued, the old ferry sank. It was a scandal, they said.

      Yesterday nurses met the board in Ostrava Bay. The ward is safe, they said.
      """)
    #expect(conjunction.speaker(of: "It was a scandal") == "officials")
    #expect(conjunction.speaker(of: "The ward is safe") == "nurses")
  }

  /// Groups joined by "and", a group acting on another, and a group named in what another
  /// speaker reports leave "they" as it is.
  @Test func competingGroupsLeaveThey() throws {
    let joined = try AnnotatedText(
      """
      Tug crews and their families marched on Monday in Ostrava Bay. We cannot live on this, they said.
      """)
    #expect(joined.speaker(of: "We cannot live on this") == "they")
    let acting = try AnnotatedText(
      """
      Guards detained nine dockers outside the port in Ostrava Bay on Monday. They said they had broken no rule.
      """)
    #expect(acting.speaker(of: "they had broken no rule") == "They")
    let reported = try AnnotatedText(
      """
      The union said that dockers were angry. The owners, they said, had lied.
      """)
    #expect(reported.speaker(of: "The owners, they said, had lied") == "they")
  }
}
