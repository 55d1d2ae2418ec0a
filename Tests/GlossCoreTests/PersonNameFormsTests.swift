import Testing

@testable import GlossCore

/// The forms of one person's name grouped as one entity, on sentences written for this test:
/// across a middle name and a surname of two words, but not across initials or another middle
/// name; "Mr." and "Mrs." before a surname two people share name the one of that sex, and
/// without a title the surname keeps naming the one called by it before.
@Suite("Forms of a person's name")
struct PersonNameFormsTests {
  @Test func aMiddleNameJoinsTheNameWithoutIt() throws {
    let text = try AnnotatedText(
      """
      Senator Carla Whitmore Ellison spoke in Albany on Tuesday about the budget. Ellison said the deal was fair. Carla Ellison later left for Trenton.
      """)
    let people = text.annotations.entities.filter { $0.name.contains("Ellison") }
    #expect(people.count == 1)
    #expect(people.first?.name == "Carla Whitmore Ellison")
  }

  @Test func twoMiddleNamesKeepTwoPeopleApart() throws {
    let text = try AnnotatedText(
      """
      Carla Whitmore Ellison spoke in Albany on Tuesday. Her cousin Carla Joanne Ellison spoke after her.
      """)
    #expect(text.annotations.entities.filter { $0.name.hasPrefix("Carla") }.count == 2)
  }

  @Test func initialsInTheMiddleKeepTwoPeopleApart() throws {
    let text = try AnnotatedText(
      """
      Former governor Martin H.K. Ellery spoke in Albany on Tuesday. His son Martin K. Ellery spoke after him.
      """)
    #expect(text.annotations.entities.filter { $0.name.hasPrefix("Martin") }.count == 2)
  }

  @Test func aSurnameOfTwoWordsNamesThePerson() throws {
    let text = try AnnotatedText(
      """
      Carla Whitmore Ellison spoke in Albany on Tuesday. "We will go on," Whitmore Ellison said. Her aide, Tomas Van Quarle, agreed, and Van Quarle left for Trenton.
      """)
    let people = text.annotations.entities.filter { $0.name.contains("Ellison") || $0.name.contains("Quarle") }
    #expect(people.map(\.name) == ["Carla Whitmore Ellison", "Tomas Van Quarle"])
    #expect(text.speaker(of: "We will go on") == "Carla Whitmore Ellison")
  }

  @Test func aKnownBodyAfterAGivenNameIsNoSurname() throws {
    let text = try AnnotatedText(
      """
      The talk was short

      It was a choice by the former Carla White House aide and current Channel Nine anchor Tom Reed. A White House aide met the press.
      """)
    #expect(text.annotations.entities.contains { $0.name == "White House" && $0.type == .organization })
  }

  @Test func mrAndMrsBeforeASharedSurnameNameTheOneOfThatSex() throws {
    let text = try AnnotatedText(
      """
      The couple spoke in Albany

      Tomas Ellery and his wife, Carla Ellery, spoke in Albany on Tuesday. "We will stay," Mr. Ellery said. "The town is our home," Mrs. Ellery said.
      """)
    #expect(text.speaker(of: "We will stay") == "Tomas Ellery")
    #expect(text.speaker(of: "The town is our home") == "Carla Ellery")
  }

  /// Without a title, the "he" or "she" that takes up a shared surname tells whose it is, when
  /// the surname is the subject of its clause and no other name comes between.
  @Test func aPronounAfterASharedSurnameNamesTheOneOfThatSex() throws {
    let text = try AnnotatedText(
      """
      The couple spoke in Albany

      Carla Ellery, the former mayor, spoke in Albany on Tuesday. Her husband, Tomas Ellery, joined her on stage.

      "We will win this county," Ellery said. She thanked the crowd and promised new jobs.

      Ellery, who leads in the polls, said she would return in May.

      "They are with us," Ellery said. He left before the end. Reporters asked Ellery about the polls. She smiled.
      """)
    #expect(text.speaker(of: "We will win this county") == "Carla Ellery")
    #expect(text.speaker(of: "she would return in May") == "Carla Ellery")
    #expect(text.speaker(of: "They are with us") == "Tomas Ellery")
    // An object ("asked Ellery") is seldom what the next sentence's pronoun takes up: it stays
    // with the one named last, Tomas.
    let tomas = try #require(text.annotations.entities.first { $0.name == "Tomas Ellery" })
    #expect(tomas.mentions.count == 3)
  }

  /// A surname one person has been called by alone, more often than another of that name has
  /// been named, keeps naming them after the other is named in passing in full; not when the
  /// other is called by it in the next sentence, nor when the other is written about as much.
  @Test func aSharedSurnameKeepsNamingThePersonCalledByItBefore() throws {
    let text = try AnnotatedText(
      """
      The mayor spoke in Albany

      Carla Ellery, the mayor, spoke in Albany on Tuesday. Ellery has led the town since 2019, and Ellery wants a third term.

      Her first job was in the office of former Governor Tomas Ellery. The office closed in 2001.

      "We will win this county," Ellery said on Tuesday.

      Her brother, Marten Ellery, spoke next. "The county is ours," Ellery said.
      """)
    #expect(text.speaker(of: "We will win this county") == "Carla Ellery")
    #expect(text.speaker(of: "The county is ours") == "Marten Ellery")
    let twins = try AnnotatedText(
      """
      Twins charged in fraud

      Prosecutors charged Martin Corvell with fraud on Tuesday. Corvell took $7 million from clients.

      His twin brother, Simon Corvell, was charged with hiding the money. Simon Corvell opened accounts abroad.

      Investigators found the records on a laptop.

      "I did nothing wrong," Corvell said.
      """)
    #expect(twins.speaker(of: "I did nothing wrong") == "Simon Corvell")
  }

  @Test func aTitleDoesNotOverruleTheOnlyPersonOfThatName() throws {
    let text = try AnnotatedText(
      """
      The senator spoke in Albany

      Senator Lindsey Marlow spoke in Albany on Tuesday. "We will stay," Mr. Marlow said.
      """)
    #expect(text.speaker(of: "We will stay") == "Lindsey Marlow")
    #expect(text.annotations.entities.filter { $0.name.contains("Marlow") }.count == 1)
  }

  @Test func aFamilyNameWrittenFirstKeepsItsTitle() throws {
    let text = try AnnotatedText(
      """
      The ministers met in Albany

      Lou Wenhai and Carla Lou met in Albany on Tuesday. "We agreed on nothing," Mr. Lou said.
      """)
    #expect(text.speaker(of: "We agreed on nothing") == "Lou Wenhai")
  }
}
