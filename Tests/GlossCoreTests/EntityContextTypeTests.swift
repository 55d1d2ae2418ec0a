import Testing

@testable import GlossCore

/// Entity types decided by what the text says around a name, on sentences written for this
/// test: an apposition, a place's team, every mention of a lone word together, a given name
/// that is also an English word, a title of rank, an author cited (alone or in a list of
/// authors before a year), the authors a byline names, a word joined from two capitalised words.
@Suite("Entity types from the words around a name")
struct EntityContextTypeTests {
  @Test func anAppositionSaysWhatAnUnknownNameIs() throws {
    let text = try AnnotatedText(
      """
      The travel guide came out last week.

      The guide praises Zelbor, a company that rents rooms to travellers. It also praises Dremmet, an island in the north. Ana Marchetti, the party's nominee, wrote the foreword.
      """)
    #expect(text.entity("Zelbor")?.type == .organization)
    #expect(text.entity("Dremmet")?.type == .place)
    #expect(text.entity("Ana Marchetti")?.type == .person)
  }

  @Test func aPlaceBeforeAPluralNounNamesATeam() throws {
    let text = try AnnotatedText(
      """
      The season ended on Sunday.

      The Boston Lanterns beat the visitors by three goals, and the Denver Harpoons lost again.
      """)
    #expect(text.entity("Boston Lanterns")?.type == .organization)
    #expect(text.entity("Denver Harpoons")?.type == .organization)
  }

  @Test func theMentionsOfALoneWordTogetherMakeItAPlace() throws {
    let text = try AnnotatedText(
      """
      The ferry timetable changed this spring.

      Visitors reach Quorvath by ferry twice a week. Quorvath is a small island with one road. Most hotels in Quorvath close in winter.
      """)
    #expect(text.entity("Quorvath")?.type == .place)
  }

  @Test func aLoneWordThatSpeaksStaysAPerson() throws {
    let text = try AnnotatedText(
      """
      The ferry timetable changed this spring.

      Visitors reach the harbour by ferry twice a week. Quorvath said the boats were full. Most hotels in Quorvath close in winter.
      """)
    #expect(text.entity("Quorvath")?.type == .person)
  }

  @Test func aGivenNameThatIsAWordStillStartsAName() throws {
    let text = try AnnotatedText(
      """
      The committee met on Monday.

      The report was written by Woody Marchetti and read aloud by Tsar Orvel at the dinner.
      """)
    #expect(text.entity("Woody Marchetti")?.type == .person)
    #expect(text.entity("Orvel")?.type == .person)
  }

  @Test func aTitleBeforeARoleInLowerCaseIsNoName() throws {
    let text = try AnnotatedText(
      """
      The committee met on Monday.

      Former judge Ana Marchetti chaired the meeting. Acting director Tom Reed read the report.
      """)
    #expect(text.entity("Former") == nil)
    #expect(text.entity("Acting") == nil)
    #expect(text.entity("Ana Marchetti")?.type == .person)
  }

  @Test func aCompanysRoleAfterANameWithoutAPossessive() throws {
    let text = try AnnotatedText(
      """
      The library went online in 2005.

      Zelbor founder Ana Marchetti recorded the first book. Zelbor employees read the rest.
      """)
    #expect(text.entity("Zelbor")?.type == .organization)
    #expect(text.entity("Ana Marchetti")?.type == .person)
  }

  @Test func aPlaceNameUsedForAPersonIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The review of the studies was published in March.

      Earlier work agrees (Marsden, 2014). The case of Farrington v. Quill was heard in May.
      """)
    #expect(text.entity("Marsden")?.type == .person)
    #expect(text.entity("Farrington")?.type == .person)
  }

  @Test func anAuthorListEndingInAYearNamesPeopleEvenOneNamedAsATown() throws {
    let text = try AnnotatedText(
      """
      The survey of the field came out this spring.

      Early work on rhyme was done by Ortega (1971) and Quimper (1974), and later studies agree (Hale, Zwolle, & Moreno, 2015). Ferries still sail to Vannes.
      """)
    #expect(text.entity("Quimper")?.type == .person)
    #expect(text.entity("Zwolle")?.type == .person)
    #expect(text.entity("Vannes")?.type == .place)
  }

  @Test func aBylineNamesItsAuthors() throws {
    let text = try AnnotatedText(
      """
      By Orsk Tarrow and Vellmar Quillby

      The ferry timetable changed this spring. Orsk Tarrow and Vellmar Quillby rode every line of it in a week.
      """)
    #expect(text.entity("Orsk Tarrow")?.type == .person)
    #expect(text.entity("Vellmar Quillby")?.type == .person)
  }

  @Test func aWordJoinedFromTwoCapitalisedWordsIsABrand() throws {
    let text = try AnnotatedText(
      """
      The ferry timetable changed this spring.

      TarrowAir resumed flights on Monday, and TarrowAir said the planes were safe. OrskBank paid for the new terminal, which OrskTubers filmed. Ilse MacVarek opened it, and MacVarek said the terminal was ready.
      """)
    #expect(text.entity("TarrowAir")?.type == .organization)
    #expect(text.entity("OrskBank")?.type == .organization)
    #expect(text.entity("OrskTubers")?.type != .organization)
    #expect(text.entity("Ilse MacVarek")?.type == .person)
  }

  /// A state that is also a family name stays a place before the title it qualifies ("former
  /// Montana Gov. Ann Kelso"); a town named for a people stays a place before a noun it
  /// qualifies ("the Omaha caucuses"), and is the people alone ("the Omaha gathered").
  @Test func placeNamesThatAreAlsoPeoplesOrPersonsNames() throws {
    let text = try AnnotatedText(
      """
      The campaign went on this week.

      The senator beat former Montana Gov. Ann Kelso in the spring. Turnout at the Omaha caucuses was low.
      """)
    #expect(text.entity("Montana")?.type == .place)
    #expect(text.entity("Omaha")?.type == .place)
    let people = try AnnotatedText("The feast went on all week.\n\nThe Omaha gathered by the river on Friday. The Omaha and their guests sang.")
    #expect(people.entity("Omaha")?.type == .person)
    let joined = try AnnotatedText("The count went on all night.\n\nThe Omaha and Tulsa precincts reported after midnight.")
    #expect(joined.entity("Omaha")?.type == .place)
    let phrase = try AnnotatedText("The roads reopened.\n\nCrews cleared the Omaha to Lincoln road on Monday.")
    #expect(phrase.entity("Omaha")?.type == .place)
  }

  /// "in Republican politics": a party's word after a preposition of place qualifies the noun
  /// after it and names no place; "the Varnesh administration" is a leader's government.
  @Test func aPartyWordBeforeANounIsNoPlaceAndAnAdministrationIsItsLeaders() throws {
    let text = try AnnotatedText(
      """
      The hearing ran late.

      Ana Ruiz began her career in Republican politics and later spoke at Republican rallies. In 1990 the Varnesh administration cut the budget.
      """)
    #expect(text.entity("Republican")?.type == .person)
    #expect(text.entity("Varnesh")?.type == .person)
  }

  /// "director Tomas Bay", "Ana Lake said": a given name before a word for a place is a person's
  /// name where a role or a reporting verb says so; without one, or in an address, a place's.
  @Test func aGivenNameBeforeAWordForAPlaceNamesAPersonWhereTheContextSays() throws {
    let text = try AnnotatedText(
      """
      The film opens this week

      The movie by famed director Tomas Bay opens on Friday. "It was a long shoot," Ana Lake said. The crew met at 12 Oda Ave, 2 blocks away.
      """)
    #expect(text.entity("Tomas Bay")?.type == .person)
    #expect(text.entity("Ana Lake")?.type == .person)
    #expect(text.entity("Oda Ave")?.type == .place)
    for prose in [
      "The boats sailed across Tomas Bay in the morning.", "Police in Tomas Bay said the road was closed.",
      "The crew met on Oda Ave, 2 blocks away.",
    ] {
      let place = try AnnotatedText("The boats were out early\n\n" + prose)
      #expect(place.annotations.entities.allSatisfy { $0.type != .person }, "\(prose)")
    }
  }
}
