import Testing

@testable import GlossCore

/// Names no lexicon knows, typed by the words around them, on sentences written for this test:
/// a name that qualifies a role, a person after an English word that qualifies them, a lone
/// name standing on its own, a party word that is no surname, names written with initials, a
/// part of a known place, a legislature's chamber, a noun for a country, the noun a name ends
/// on, names that stand where places do, a lone word listed beside a known place, "State" ending a body's name, and a
/// state's postal code after a town.
@Suite("Names typed by the words around them")
struct EntityGuessTests {
  @Test func aNameBeforeARoleIsNoPersonAndAQualifierIsNoPartOfTheName() throws {
    let text = try AnnotatedText(
      """
      The letters from the abbey were published last year.

      Tom Reed beat former Democratic mayoral nominee Ann Cole in the vote, and Democrat Carla Penn came third. The films New York Minute and Silver Harbour were shown on Friday.
      """)
    #expect(text.entity("Democratic")?.type != .person)
    #expect(text.entity("Carla Penn")?.type == .person)
    #expect(text.entity("Democrat Carla Penn") == nil)
    #expect(text.entity("New York Minute") != nil)
  }

  @Test func aPersonAfterAQualifierSpeaks() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      "We lost the vote," said Budget ranking Democrat Carla Penn after the session.
      """)
    #expect(text.speaker(of: "We lost the vote") == "Carla Penn")
  }

  @Test func aLoneUnknownNameOnItsOwnIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The letters from the abbey were published last year.

      The letters reached Quorvath in the spring of that year. The Tamsic gazette printed the news.
      """)
    #expect(text.entity("Quorvath")?.type == .person)
    #expect(text.entity("Tamsic")?.type != .person)
  }

  @Test func theNounANameEndsOnSaysWhatItNames() throws {
    let text = try AnnotatedText(
      """
      The guide for the coast came out this spring.

      We slept at the Maria Quellon Hotel and swam in the Arlo Lagoon. The Tavish Regiment marched past. Arthur Pond sold us fish.
      """)
    #expect(text.entity("Maria Quellon Hotel")?.type == .place)
    #expect(text.entity("Arlo Lagoon")?.type == .place)
    #expect(text.entity("Tavish Regiment")?.type == .organization)
    #expect(text.entity("Arthur Pond")?.type == .person)
  }

  @Test func aNameOfNoEnglishWordsThatStandsWherePlacesDoIsAPlace() throws {
    let text = try AnnotatedText(
      """
      The guide for the coast came out this spring.

      The ferry stops in Kelvarra Ossethu twice a week. Most people stay near Kelvarra Ossethu for a night. Grants in Public Health went up.
      """)
    #expect(text.entity("Kelvarra Ossethu")?.type == .place)
    #expect(text.entity("Public Health")?.type != .place)
  }

  @Test func aNameAfterANounForAPlaceAndOfIsAPlace() throws {
    let text = try AnnotatedText(
      """
      The guide for the coast came out this spring.

      Ferries leave for the island of Rekmo twice a week. Rekmo has two beaches and one shop.
      """)
    #expect(text.entity("Rekmo")?.type == .place)
  }

  /// A noun that heads names of places, before "of" or right before the name, makes a place
  /// of a word that is also a family name with one mention; members of a party stay people.
  @Test func aFamilyNameAfterATownOrVillageIsAPlace() throws {
    let text = try AnnotatedText(
      """
      The guide for the coast came out this spring.

      The army met the rebels at the town of Quillen in the spring. Later they camped by the village Quillinan. The state Republicans did not vote.
      """)
    #expect(text.entity("Quillen")?.type == .place)
    #expect(text.entity("Quillinan")?.type == .place)
    #expect(text.entity("Republicans")?.type != .place)
  }

  @Test func aNounForAKindOfPersonWrittenAsANameIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The court heard the appeal on Monday.

      In the brief, Petitioner argues that the lower court erred, and the Trustee agrees.
      """)
    #expect(text.entity("Petitioner")?.type == .person)
    #expect(text.entity("Trustee")?.type == .person)
  }

  @Test func aTitleInThePluralOrAFormOfAddressIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The appeal was heard on Tuesday.

      I submit, my Justices, that the order stands. With respect, Your Eminence, the ship sailed late. So, Your Holiness, we wait.
      """)
    #expect(text.entity("Justices")?.type == .person)
    #expect(text.entity("Eminence")?.type == .person)
    #expect(text.entity("Holiness")?.type == .person)
  }

  @Test func aContinentIsNoSurnameOfANameInCapitals() throws {
    let text = try AnnotatedText(
      """
      The guide for the coast came out this spring.

      Teams from the KANG Africa office met on Monday. Schools across Africa took part.
      """)
    #expect(text.entity("Africa")?.type == .place)
    #expect(text.entity("KANG Africa")?.type != .person)
  }

  @Test func aPartyWordBeforeAGivenNameAndSurnameIsNoPartOfTheName() throws {
    let text = try AnnotatedText(
      """
      The count went on late into the night.

      Republican Ann Trump won the seat, and Conservative Dave Green lost his. Voters in Ohio were split.
      """)
    #expect(text.entity("Ann Trump")?.type == .person)
    #expect(text.entity("Republican Ann Trump") == nil)
    #expect(text.entity("Dave Green")?.type == .person)
  }

  /// "The Republican" names a member of the party, never the surname of a name guessed from
  /// "Quellan Republican primary voters", which stays no person.
  @Test func aPartyWordAloneIsNoSurnameOfANameEndingWithIt() throws {
    let text = try AnnotatedText(
      """
      The primary drew a crowd.

      Surveys of Quellan Republican primary voters showed a split. The Republican seemed to confirm the critique, said Ana Velde.
      """)
    #expect(text.entity("Quellan Republican")?.type != .person)
    #expect(text.entity("Quellan Republican")?.mentions.count == 1)
  }

  @Test func initialsBeforeANameMakeAPerson() throws {
    let text = try AnnotatedText(
      """
      The prize list came out on Monday.

      The judges chose J. K. Marlowe and O.J. Pemberton, with W. W. Rouse Dalby third. The U.S. Senate and Washington, D.C. were not mentioned.
      """)
    #expect(text.entity("J. K. Marlowe")?.type == .person)
    #expect(text.entity("O.J. Pemberton")?.type == .person)
    #expect(text.entity("W. W. Rouse Dalby")?.type == .person)
    #expect(text.entity("U.S. Senate")?.type == .organization)
  }

  @Test func aDirectionBeforeAKnownPlaceIsAPlace() throws {
    let text = try AnnotatedText(
      """
      The buses run late on weekends.

      The new line joins North Oakland to Greater Manchester and stops in Southern Senegal, they wrote.
      """)
    #expect(text.entity("North Oakland")?.type == .place)
    #expect(text.entity("Greater Manchester")?.type == .place)
    #expect(text.entity("Southern Senegal")?.type == .place)
  }

  @Test func aChamberNamedByOneWordIsABody() throws {
    let text = try AnnotatedText(
      """
      The House passed the budget on Monday, and the Senate votes next week. The Commons agreed on Tuesday, and the House Transport Subcommittee met on Friday.
      """)
    #expect(text.entity("House")?.type == .organization)
    #expect(text.entity("Commons")?.type == .organization)
    #expect(text.entity("House Transport Subcommittee")?.type == .organization)
  }

  @Test func aLoneCapitalisedNounForACountryIsAPlace() throws {
    let text = try AnnotatedText(
      """
      The treaty was signed in the spring.

      The envoys said the Kingdom would keep the peace, and the old Empire fell a year later. Farmers across the Country voted.
      """)
    #expect(text.entity("Kingdom")?.type == .place)
    #expect(text.entity("Empire")?.type == .place)
    #expect(text.entity("Country")?.type == .place)
  }

  @Test func aLoneWordListedBesideAKnownPlaceIsAPlace() throws {
    let text = try AnnotatedText(
      """
      The timetable changed this spring.

      The ferry calls at Quimper, Tavrel and Vannes each summer. Trains link Zwolle and Hollister every day.
      """)
    #expect(text.entity("Tavrel")?.type == .place)
    #expect(text.entity("Hollister")?.type == .place)
  }

  @Test func stateAfterWordsThatNameNoPlaceEndsABodysName() throws {
    let text = try AnnotatedText(
      """
      The season ended on Saturday.

      Fans of Dorian State filled the stadium, and Dorian State won by three points. Farmers in Oregon State watched.
      """)
    #expect(text.entity("Dorian State")?.type == .organization)
    #expect(text.entity("Oregon State")?.type != .organization)
  }

  @Test func aStatesPostalCodeAfterATownAndACommaIsAPlace() throws {
    let text = try AnnotatedText(
      """
      The band announced new dates on Monday.

      The tour stops in Fresno, CA and Boise, ID this week, and the MT Records office sent the tickets.
      """)
    #expect(text.entity("CA")?.type == .place)
    #expect(text.entity("ID")?.type == .place)
    #expect(text.entity("MT Records")?.type == .organization)
  }
}
