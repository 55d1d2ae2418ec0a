import Testing

@testable import GlossCore

/// Names typed by the people or things they stand for, on sentences written for this test:
/// members of a people, a faith or a party named by the capitalised noun for one of them (also
/// after "the" where a town has that name), a name that qualifies a noun for a kind of person, a
/// body or a place, the place after "of" in a person's name, a capital's name that is the
/// surname of a person the article names, a party's member "of" a place, a town's name that
/// the article gives a person in full (also one named alone first) or that speaks and is
/// never a place, a title standing alone for the one person named with it; an English
/// adjective alone before a word, or an English word before a day's name, names no one.
@Suite("Names typed by whom or what they stand for")
struct EntityPeopleTests {
  @Test func aNameForMembersOfAPeopleFaithOrPartyIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The museum opened a new hall this spring.

      The hall shows pots the Sherpas made, a letter from a Methodist preacher and a map drawn by Sri Lankans. The Whigs lost the vote.
      """)
    for name in ["Sherpas", "Methodist", "Sri Lankans", "Whigs"] {
      #expect(text.entity(name)?.type == .person, "\(name)")
    }
  }

  @Test func aNameBeforeANounNamesWhatTheNounDoes() throws {
    let text = try AnnotatedText(
      """
      The abbey reopened to visitors last month.

      Pilgrims came to hear the Varnesh monks sing, and the Dolvar team won. Boats cross the Ormeth sea to reach the Tulvane province.
      """)
    let types = ["Varnesh", "Dolvar", "Ormeth", "Tulvane"].map { text.entity($0)?.type }
    #expect(types == [.person, .organization, .place, .place])
  }

  @Test func thePlaceAfterOfInAPersonsNameIsNoShortFormOfThem() throws {
    let text = try AnnotatedText(
      """
      The chronicle was printed again last year.

      It tells of Brother Anselm of Quivarre and his long life. Anselm travelled to Quivarre in the spring and stayed in Quivarre for many years. His friend Odo of Tarvenne went back to Tarvenne, and later died in Tarvenne.
      """)
    #expect(text.entity("Anselm of Quivarre")?.type == .person)
    #expect(text.entity("Quivarre")?.type == .place)
    #expect(text.entity("Tarvenne")?.type == .place)
  }

  @Test func aTownNamedForAPeopleNamesThePeopleAfterThe() throws {
    let text = try AnnotatedText(
      """
      The county museum reopened this week.

      Long before the town grew, the Shawnee hunted along the river, and visitors now walk to the Oneida sites. Buses leave Wichita every hour.
      """)
    #expect(text.entity("Shawnee")?.type == .person)
    #expect(text.entity("Oneida")?.type == .place)
    #expect(text.entity("Wichita")?.type == .place)
  }

  @Test func aCapitalsNameThatIsAPersonsSurnameNamesThePerson() throws {
    let text = try AnnotatedText(
      """
      The harbour board met on Monday.

      Senator Marta Rabat visited the port on Monday. "The harbour is ready," Rabat said. Officials in Rabat did not comment.
      """)
    #expect(text.speaker(of: "The harbour is ready") == "Marta Rabat")
    #expect(text.entity("Marta Rabat")?.mentions.count == 2)
    #expect(text.entity("Morocco")?.type == .place)
  }

  @Test func anEnglishAdjectiveOrAWordBeforeADayAloneIsNoName() throws {
    let text = try AnnotatedText(
      """
      The primary was close.

      Ana Velde won the Democratic nomination, and Southern voters backed her. The Congressional hearing ended before the town's Gala Thursday.
      """)
    for word in ["Democratic", "Southern", "Congressional", "Gala"] {
      #expect(text.entity(word) == nil, "\(word)")
    }
    #expect(text.entity("Ana Velde")?.type == .person)
  }

  @Test func aPartysMemberOfAPlaceIsTheMemberAndThePlace() throws {
    let text = try AnnotatedText(
      """
      The vote was close.

      One early supporter, Representative Ana Velde, Republican of Ohio, spoke first. The Democrat of the Year prize went to Lee Quarrow.
      """)
    #expect(text.entity("Republican of Ohio") == nil)
    #expect(text.entity("Republican")?.type == .person)
    #expect(text.entity("Ohio")?.type == .place)
    #expect(text.entity("Democrat of the Year") != nil)
  }

  @Test func aTownsNameThatNamesAPersonIsThePerson() throws {
    // Allendorf and Aksu are towns in the place lists and family names too.
    let full = try AnnotatedText("Allendorf spoke in Ohio on Monday. Later, Barek Allendorf left.", headline: "Talks")
    #expect(full.entity("Barek Allendorf")?.type == .person)
    let spoken = try AnnotatedText("The Aksu administration met in Ohio on Monday. Aksu said the plan would work.", headline: "Talks")
    #expect(spoken.entity("Aksu")?.type == .person)
    let titled = try AnnotatedText("Aksu won the vote on Monday. President Aksu left.", headline: "Talks")
    #expect(titled.entity("Aksu")?.type == .person)
    let place = try AnnotatedText("The talks were held in Aksu on Monday. Aksu said the plan would work.", headline: "Talks")
    #expect(place.entity("Aksu")?.type == .place)
    let qualified = try AnnotatedText("Former Vermont Gov. Ann Cole spoke on Monday. Vermont voted.", headline: "Talks")
    #expect(qualified.entity("Vermont")?.type == .place)
  }

  /// A town's name used alone before the person is named in full ("Sinsheim won … Maria
  /// Sinsheim") is that person's surname; one standing where places do ("in Sinsheim") stays a
  /// town.
  @Test func aTownNamedFirstIsTheSurnameOfThePersonNamedLater() throws {
    let person = try AnnotatedText(
      """
      Sinsheim won the vote in May, and the team cheered all night. The win was a surprise, and Sinsheim thanked the staff.

      Later that day, Maria Sinsheim spoke to the press in Dayton.
      """)
    #expect(person.entity("Maria Sinsheim")?.mentions.count == 3)
    #expect(person.annotations.entities.allSatisfy { $0.type != .place || $0.name != "Sinsheim" })
    let town = try AnnotatedText(
      """
      The team met in Sinsheim in May and cheered all night. The win was a surprise.

      Later that day, Maria Sinsheim spoke to the press in Dayton.
      """)
    #expect(town.entity("Sinsheim")?.type == .place)
    // A person only guessed (no listed given name, no title) takes no town that is never used
    // as a person's name.
    let guessed = try AnnotatedText(
      """
      Sinsheim won the vote in May, and the team cheered all night. The win was a surprise, and Sinsheim thanked the staff.

      Later that day, Zorvak Sinsheim told reporters he was pleased with the result.
      """)
    #expect(guessed.entity("Zorvak Sinsheim")?.mentions.count == 1)
  }

  /// A town's name used alone after the article named a person in full with it ("Quorvel
  /// Ambalavao … Ambalavao won") is that person, as news names people once in full and then by
  /// surname; one standing where places do stays a town.
  @Test func aTownNamedAfterThePersonNamedInFullIsTheirSurname() throws {
    // Ambalavao is a town of the place lists, and no listed name; Quorvel no listed given name.
    let person = try AnnotatedText(
      """
      The poll showed a lead over Quorvel Ambalavao, a senator, among young voters.

      Within a week Ambalavao was winning by ten points, and the vote shifted to Ambalavao. Ambalavao won the state.
      """)
    #expect(person.entity("Quorvel Ambalavao")?.mentions.count == 4)
    #expect(person.annotations.entities.allSatisfy { $0.type != .place })
    let town = try AnnotatedText(
      """
      The poll showed a lead over Quorvel Ambalavao, a senator, among young voters.

      Floods closed the roads in Ambalavao, and Ambalavao was cut off for a week.
      """)
    #expect(town.entity("Ambalavao")?.type == .place)
    // A word that qualifies nouns as often as it leads verbs, or stands before a country, is the town's.
    for prose in ["Ambalavao residents voted early, and Ambalavao counted first.", "Ambalavao, Madagascar, counted first."] {
      let town = try AnnotatedText("The poll showed a lead over Quorvel Ambalavao, a senator, among young voters.\n\n" + prose)
      #expect(town.entity("Ambalavao")?.type == .place, "\(prose)")
    }
  }

  /// "the President said" names the one person the article titled President before; with two
  /// of them, neither. A title among the words before a name is kept as its title ("President
  /// Ana Velde"), and reaches no name past a word in lower case ("the Lord for Ana Velde").
  @Test func aTitleAloneStandsForTheOnePersonNamedWithIt() throws {
    let one = try AnnotatedText(
      """
      The summit ended early

      On Monday, President Ana Velde met the press. Later the President said "We will not sign." Critics blamed the Chief Justice’s ruling, and Chief Justice Tomas Irvell replied. "It stands," the Chief Justice said.
      """)
    #expect(one.entity("President") == nil)
    #expect(one.entity("Ana Velde")?.aliases.contains("President Ana Velde") == true)
    #expect(one.speaker(of: "We will not sign") == "Ana Velde")
    #expect(one.speaker(of: "It stands") == "Tomas Irvell")
    // The Chief Justice is named after the first "Chief Justice", which stays no one's.
    #expect(one.entity("Tomas Irvell")?.mentions.count == 2)
    let two = try AnnotatedText(
      """
      The summit ended early

      President Ana Velde met President Oda Brask. Later the President said "We will not sign."
      """)
    #expect(two.speaker(of: "We will not sign") == "President")
    // Another rank is another office: a Vice President, a former president.
    for prose in [
      "President Ana Velde met the press. Later the Vice President said \"We will not sign.\"",
      "Former President Ana Velde arrived, and the President said \"We will not sign.\"",
    ] {
      let other = try AnnotatedText("The summit ended early\n\n" + prose)
      #expect(other.speaker(of: "We will not sign") != "Ana Velde", "\(prose)")
    }
    // A title of two words alone is named whole; after a name and a comma it only describes
    // that person.
    let compound = try AnnotatedText(
      """
      The count was slow

      On Monday the Attorney General said the count was fair. Karl Velde, the former Lieutenant Governor of Ohio, agreed.
      """)
    #expect(compound.entity("Attorney General")?.type == .person)
    #expect(compound.entity("General") == nil)
    #expect(compound.entity("Governor") == nil)
    #expect(compound.entity("Lieutenant Governor") == nil)
    let former = try AnnotatedText(
      """
      The farm plan

      President Ana Velde met farmers on Monday. The former President, who left office in 2019, criticised her plan. “It will fail,” the former President said.
      """)
    #expect(former.speaker(of: "It will fail") != "Ana Velde", "a former President is another")
    let lord = try AnnotatedText("The sermon was long\n\nHe heard a word from the Lord for Ana Velde, and the Lord spoke.")
    #expect(lord.entity("Ana Velde")?.aliases.isEmpty == true)
    #expect(lord.entity("Ana Velde")?.mentions.count == 1)
  }
}
