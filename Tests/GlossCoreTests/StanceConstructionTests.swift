import Testing

@testable import GlossCore

/// Sides that no single stance word shows, on wording written for these tests: the topic
/// receiving a side from a holder named after "of" or "from", someone naming the topic by
/// what they think of it, and someone giving it money.
@Suite("Stance constructions")
struct StanceConstructionTests {
  static let candidate = StanceObjectTests.candidate
  static let opening = "Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday."

  @Test func aSideTheTopicReceivesBelongsToTheOneNamedAfterOfOrFrom() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Brennan won the backing of Mayor Alice Okafor on Monday. Brennan drew sharp criticism from Senator Luis Ortega. Brennan did not win the support of the Farmers Union. Brennan secured the endorsement of Ohio’s Governor Ana Diaz in May. Brennan won the votes of Nina Patel’s neighbours.
      """, headline: Self.candidate)
    #expect(text.stance("Alice Okafor") == .support)
    #expect(text.evidence("Alice Okafor").contains { $0.contains("Brennan won the backing of Mayor Alice Okafor") })
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Farmers Union") == .oppose, "a negation before the verb turns it")
    #expect(text.stance("Ana Diaz") == .support, "the person a place describes")
    #expect(text.stance("Nina Patel") == nil, "votes are no side")
  }

  @Test func callingTheTopicSomethingGoodOrBadTakesASide() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega called Brennan a liar and a fraud. Mayor Alice Okafor called Brennan a great leader. Nina Patel called Brennan on Monday to talk about the budget. Raj Mehta called Brennan “a dishonest man” at the fair. Ana Diaz called Brennan shortly after the great win to talk. Omar Reed called Brennan's public feud unusual. Lena Voss called Brennan silly and reckless.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.evidence("Luis Ortega").contains { $0.contains("called Brennan a liar and a fraud") })
    #expect(text.stance("Alice Okafor") == .support)
    #expect(text.stance("Nina Patel") == nil)
    #expect(text.evidence("Raj Mehta").contains { $0.contains("called Brennan “a dishonest man”") }, "in quotation marks")
    #expect(text.stance("Ana Diaz") == nil, "an adverb after the name: she telephoned him")
    #expect(text.stance("Omar Reed") == nil, "the feud is named, not Brennan")
    #expect(text.stance("Lena Voss") == .oppose, "an adjective in -ly")
  }

  /// Naming works on "him" and "her" for a person, on "it" for a phrase, and on a phrase named
  /// by an adjective alone ("called the strike illegal").
  @Test func callingThePronounOrThePhraseSomethingTakesASide() throws {
    let person = try AnnotatedText(
      """
      \(Self.opening) Brennan visited Akron on Sunday. Senator Luis Ortega called him weak. Mayor Alice Okafor called him on Monday. Nina Patel called him back. Brennan thanked his staff.
      """, headline: Self.candidate)
    #expect(person.stance("Luis Ortega") == .oppose)
    #expect(person.stance("Alice Okafor") == nil)
    #expect(person.stance("Nina Patel") == nil)
    let phrase = try AnnotatedText(
      """
      The strike has shut every bus line. The strike began on Monday.

      The Kellan Transit Authority called the strike illegal. Councilman Tom Reed spoke about the strike at noon and called it a mistake. Rider Ana Brisk called it quits after an hour. The strike is in its third day. Rider Omar Hale called it a relief that the trains still run.
      """, headline: "Day three of the Kellan bus strike")
    #expect(phrase.annotations.topics.map(\.name) == ["the strike"])
    #expect(phrase.stance("Kellan Transit Authority") == .oppose)
    #expect(phrase.evidence("Kellan Transit Authority").contains { $0.contains("called the strike illegal") })
    #expect(phrase.stance("Tom Reed") == .oppose)
    #expect(phrase.stance("Ana Brisk") == nil)
    #expect(phrase.stance("Omar Hale") == nil, "the 'it' a clause after the name stands for")
    let neighbour = try AnnotatedText(
      """
      The strike has shut every bus line. The strike began on Monday.

      "My neighbor called it a disaster," said rider Lena Voss. "I called the strike a disaster," said rider Raj Mehta.
      """, headline: "Day three of the Kellan bus strike")
    #expect(neighbour.stance("Lena Voss") != .oppose, "her neighbor's word, not hers")
    #expect(neighbour.stance("Raj Mehta") == .oppose)
  }

  @Test func withholdingAnEndorsementAndCampaigningWith() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega has withheld his endorsement of Brennan. Mayor Alice Okafor campaigned with Brennan across the north.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == .support)
  }

  @Test func givingMoneyToTheTopicSupportsIt() throws {
    let text = try AnnotatedText(
      """
      The Harbor Fund has raised more than $40 million this year. The Harbor Fund backs Governor Tom Brennan.

      Nina Patel, who owns a chain of bakeries, has sent $250,000 since June to the Harbor Fund, her office said. Raj Mehta has not given $1 to the Harbor Fund. Senator Luis Ortega gave a speech to the Harbor Fund in May. Mayor Alice Okafor sent two thousand letters to the Harbor Fund.
      """, headline: "Harbor Fund money floods the race")
    #expect(text.annotations.topics.first?.name == "Harbor Fund")
    #expect(text.stance("Nina Patel") == .support)
    #expect(text.evidence("Nina Patel").contains { $0.contains("sent $250,000 since June to the Harbor Fund") })
    #expect(text.stance("Raj Mehta") == .oppose, "a negation before the verb turns it")
    #expect(text.stance("Luis Ortega") == nil, "a speech is no money")
    #expect(text.stance("Alice Okafor") == nil, "nor are letters")
  }

  /// Deciding to do what a phrase topic names backs it, past the vote's count and day; a
  /// negation turns it. Not the noun "vote", another verb between, a promise, a question, a
  /// decision on something the headline does not name, nor one a speaker reports of an unnamed
  /// body.
  @Test func decidingToDoWhatThePhraseTopicNamesBacksIt() throws {
    let text = try AnnotatedText(
      """
      The Tarrow School Board voted 4-1 on Monday to ban phones in classrooms. Under the policy, pupils must lock their phones away. The rule starts in January, and the ban covers every school. Most teachers like the ban. The Tarrow Teachers Guild agreed to ban phones at its own meetings as well.

      Trustee Ana Brisk voted not to ban phones. The Tarrow Parents Association did not vote to ban phones. Trustee Omar Hale voted and then left to ban nothing. Principal Mia Okafor promised to ban phones. Trustee Nina Patel asked whether the board decided to ban phones too soon. Trustee Raj Mehta criticized the vote to ban phones. The Oakes Club agreed last year to ban smoking. Coach Lena Voss said the board decided to ban phones.
      """, headline: "School Board Votes to Ban Phones")
    #expect(text.annotations.topics.map(\.name) == ["the ban"])
    #expect(text.stance("Tarrow School Board") == .support)
    #expect(text.evidence("Tarrow School Board").contains { $0.contains("Tarrow School Board voted 4-1 on Monday to ban") })
    #expect(text.stance("Tarrow Teachers Guild") == .support)
    #expect(text.stance("Ana Brisk") == .oppose, "voted not to")
    #expect(text.stance("Tarrow Parents Association") == .oppose, "did not vote to")
    #expect(text.stance("Omar Hale") == nil, "another verb stands between")
    #expect(text.stance("Mia Okafor") == nil, "a promise is no decision")
    #expect(text.stance("Nina Patel") == nil, "a question")
    #expect(text.stance("Raj Mehta") != .support, "he criticised the vote: the noun")
    #expect(text.stance("Oakes Club") == nil, "another ban")
    #expect(text.stance("Lena Voss") != .support, "the board decided, not she")
  }

  /// A turning word after the topic turns it only as a verb ("the ban was ended"), not as a noun
  /// after a determiner or preposition ("the ban is working by the end of the year").
  @Test func aTurningNounAfterTheTopicTurnsNothing() throws {
    let text = try AnnotatedText(
      """
      The Tarrow School Board voted on Monday to keep phones out of classrooms. Under the ban, pupils lock their phones away.

      Superintendent Ana Brisk said the ban is working well by the end of its first month. Trustee Omar Hale said the ban should be ended at once.
      """, headline: "Board Votes to Ban Phones")
    #expect(text.stance("Ana Brisk") == .support, "'well', and neither the noun 'end' nor the topic's own noun 'ban'")
    #expect(text.stance("Omar Hale") == .oppose)
  }
}
