import Testing

@testable import GlossCore

/// Entity recognition on wording written for these tests: titles and possessives stay out of
/// names, short forms and acronyms join their full names, capitals stand for their countries, a
/// short block all in capitals is a label, "and" parts a titled name from a body, an honorific or
/// an initial makes a person, and an abbreviated title alone names no one.
@Suite("Entity recognition")
struct EntityRecognitionTests {
  @Test func titlesArePeeledOffAndShortFormsJoinTheFullName() throws {
    let text = try AnnotatedText(
      """
      Chancellor Olaf Scholz met President Emmanuel Macron in Paris. Scholz said the talks went well, and Macron agreed.
      """)
    let scholz = try #require(text.entity("Olaf Scholz"))
    #expect(scholz.type == .person)
    #expect(scholz.aliases.contains("Scholz"))
    #expect(scholz.mentions.count == 2)
    #expect(text.entity("Emmanuel Macron")?.aliases.contains("Macron") == true)
    #expect(text.annotations.entities.allSatisfy { !$0.name.hasPrefix("President") && !$0.name.hasPrefix("Chancellor") })
  }

  @Test func anAbbreviatedTitleAloneIsNoOne() throws {
    let text = try AnnotatedText(
      """
      The rail bill passed on Friday. Priya Nandan apologized to Rep. June Costa for the delay.
      """)
    #expect(text.entity("Rep.") == nil)
    #expect(text.entity("Priya Nandan")?.type == .person)
  }

  @Test func aShortSentenceMostlyOfNamesIsNoHeading() throws {
    let text = try AnnotatedText(
      """
      The Harbor Act would fund new sea walls along the coast.

      Dana Ruiz backed the Dune Act.

      Results At The Harbor
      """)
    #expect(text.entity("Dana Ruiz")?.type == .person)
    #expect(text.entity("Dune Act") != nil)
    #expect(text.entity("Results At The Harbor") == nil)
  }

  @Test func aTitleBeforeATownsNameNamesAPerson() throws {
    let text = try AnnotatedText(
      """
      President Kendal met reporters on Friday. Kendal said the talks went well. Former Halifax governor Ana Ruiz spoke after him, and the fellow candidate Texas Senator Tom Lee left.
      """)
    #expect(text.entity("Kendal")?.type == .person)
    #expect(text.entity("Halifax")?.type != .person)
    #expect(text.entity("Texas")?.type != .person)
  }

  @Test func streetAbbreviationsMosquesAndTemplesArePlaces() throws {
    let text = try AnnotatedText(
      """
      The bus runs from Harlow Ave to Kessel Blvd every hour. Visitors walk on to the Vardan Mosque and the Oru Temple at noon.
      """)
    #expect(text.entity("Harlow Ave")?.type == .place)
    #expect(text.entity("Kessel Blvd")?.type == .place)
    #expect(text.entity("Vardan Mosque")?.type == .place)
    #expect(text.entity("Oru Temple")?.type == .place)
  }

  @Test func possessivesAreNotPartOfNames() throws {
    let text = try AnnotatedText("Germany’s economy grew while Japan's shrank, the IMF's report said.")
    #expect(text.entity("Germany")?.type == .place)
    #expect(text.entity("Japan")?.type == .place)
    #expect(text.entity("IMF")?.type == .organization)
  }

  @Test func acronymsInParenthesesJoinTheirExpansion() throws {
    let text = try AnnotatedText(
      """
      The World Food Programme (WFP) warned of shortages. The WFP needs more funds.
      """)
    let wfp = try #require(text.entity("WFP"))
    #expect(wfp.mentions.count == 3)
    #expect(wfp.aliases.contains("World Food Programme") || wfp.name == "World Food Programme")
  }

  /// A known name written in capitals is still known ("JOONGANG ILBO" for the JoongAng Ilbo); an
  /// acronym in the plural ("NGOs", "PACs") names a kind of thing, no one.
  @Test func namesInCapitalsAreKnownAndPluralAcronymsAreNoNames() throws {
    let text = try AnnotatedText(
      """
      The harbour plan is in trouble.

      A new JOONGANG ILBO survey found most residents opposed it. Several NGOs and two PACs paid for ads against it.
      """)
    #expect(text.entity("JOONGANG ILBO")?.type == .organization)
    #expect(text.entity("NGOs") == nil)
    #expect(text.entity("PACs") == nil)
  }

  /// "Dayton (AFP) –": an acronym in brackets that does not fit the name before it is a name of
  /// its own (here the agency of a dateline), and the town stays a place.
  @Test func anAcronymThatDoesNotFitTheNameBeforeItIsNotItsExpansion() throws {
    let text = try AnnotatedText(
      """
      Dayton (AFP) – Thousands of farmers marched through the town on Friday. Dayton has not seen such a crowd in years.
      """)
    #expect(text.entity("Dayton")?.type == .place)
    #expect(text.entity("AFP")?.type == .organization)
    #expect(EntityGrouper.isAcronym("ISIS", of: "Islamic State"))
    #expect(EntityGrouper.isAcronym("THAAD", of: "Terminal High Altitude Area Defense"))
    #expect(!EntityGrouper.isAcronym("AP", of: "Alpine"))
    #expect(EntityGrouper.isAcronym("AFP", of: "Agence France-Presse"))
  }

  @Test func capitalsStandForTheirCountriesAndLeadersAreLinked() throws {
    let text = try AnnotatedText(
      """
      Moscow rejected the offer. Russia’s President Vladimir Putin spoke to reporters in the Kremlin.
      """)
    let russia = try #require(text.entity("Russia"))
    #expect(russia.aliases.contains("Moscow"))
    #expect(text.entity("Vladimir Putin")?.side == russia.id)
  }

  @Test func organisationsAndPlacesByTheirHeadWords() throws {
    let text = try AnnotatedText(
      """
      Scientists at the University of Nairobi and the Kenya Wildlife Service counted elephants near Lake Turkana.
      """)
    #expect(text.entity("University of Nairobi")?.type == .organization)
    #expect(text.entity("Kenya Wildlife Service")?.type == .organization)
    #expect(text.entity("Lake Turkana")?.type == .place)
  }

  @Test func aStateAbbreviationThatSpellsAWordIsAStateAfterATown() throws {
    let text = try AnnotatedText(
      """
      Judge Tom Varek of Tarrowby, Miss., ruled on Monday that the port of Orskdale, Wash., may stay open.
      """)
    #expect(text.entity("Miss")?.type == .place)
    #expect(text.entity("Wash")?.type == .place)
  }

  /// A dateline names where the story was filed: a town no list knows, in capitals before a
  /// dash, is a place; capitals later in the body are not read so.
  @Test func aDatelineNamesAPlace() throws {
    for dateline in ["BELVILLE —", "BELVILLE, Ohio (AP) —", "NEW BELVILLE -", "BELVILLE, England, March 3 (Reuters) -"] {
      let text = try AnnotatedText(
        """
        \(dateline) Mayor Ana Ruiz won the vote on Tuesday. Ruiz thanked her staff.

        QUORIN — a firm from out of town — paid for the count.
        """)
      #expect(text.entity("BELVILLE")?.type == .place, "\(dateline)")
      #expect(text.entity("QUORIN")?.type != .place, "\(dateline)")
    }
  }

  /// Capitals before a dash that an aside in lower case follows, an owner's note and a credit
  /// in parentheses are no dateline's place; a byline may stand before a dateline.
  @Test func whatOnlyLooksLikeADatelineNamesNoPlace() throws {
    let openings = [
      "ZELCORP — the ferry operator that runs the harbor line — was sued on Monday.",
      "HARBOR BANK — the lender to the ferry line — was sued on Monday.",
      "EDITOR'S NOTE — This story has been updated.",
      "VELLAMAR (CNW) — Mayor Ana Ruiz said the vote would wait.",
    ]
    for opening in openings {
      let text = try AnnotatedText(opening + " Mayor Ana Ruiz said the vote would wait.")
      for name in ["ZELCORP", "BANK", "HARBOR BANK", "NOTE", "CNW"] {
        #expect(text.entity(name)?.type != .place, "\(name) in \(opening)")
      }
    }
    let bylined = try AnnotatedText("By Lena Marsh\n\nTARROWBY — Mayor Ana Ruiz said the vote would wait.")
    #expect(bylined.entity("TARROWBY")?.type == .place)
  }

  /// Neither a clause's end before a comma nor a leader's title before a day says a name is a
  /// body: "After selling the company, Dravnik, 54, moved", "named Tom Reed president Monday".
  @Test func aCommaOrATitleAloneMakesNoBody() throws {
    let text = try AnnotatedText(
      """
      After selling the company, Dravnik, 54, moved to Maine. In a letter to the committee, Halvorsk, a Democrat, asked for a delay. When she joined the coalition, Brakstad, who had run the ferry, spoke. The board named Tom Reed president Monday. He founded the startup, Quillby, in 2019.
      """)
    for person in ["Dravnik", "Halvorsk", "Brakstad", "Tom Reed"] {
      #expect(text.entity(person)?.type != .organization, "\(person)")
    }
    #expect(text.entity("Quillby")?.type == .organization)
  }

  /// A word describing the name before it is no part of it, though an apposition says the name
  /// is a body's: "Startup Belvio, a fintech firm,", "Yesterday Quorin, a startup,".
  @Test func aDescribingWordOpeningASentenceStaysOutOfTheName() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday. Startup Belvio, a fintech firm, raised $5 million. Yesterday Quorin, a startup, filed a protest. Rival Marvello, a ferry company, objected.
      """)
    let names = text.annotations.entities.map(\.name)
    for wrong in ["Startup Belvio", "Yesterday Quorin", "Rival Marvello"] {
      #expect(!names.contains(wrong), "\(wrong)")
    }
    #expect(text.entity("Belvio")?.type == .organization)
  }

  /// A name a sentence's first word was cut from is the name the article writes whole elsewhere:
  /// "Common Cause sued" and "the group Common Cause" are one body.
  @Test func aNameCutAtASentencesStartJoinsTheWholeName() throws {
    let text = try AnnotatedText(
      """
      The council voted on the ferry. Common Cause sued the council. The group Common Cause had warned it. Civic Watch president Tom Fitton agreed, and a watchdog group, Civic Watch, said so too.
      """)
    #expect(text.entity("Common Cause")?.mentions.count == 2)
    #expect(text.entity("Civic Watch")?.mentions.count == 2)
    let names = text.annotations.entities.map(\.name)
    #expect(!names.contains("Cause"))
    #expect(!names.contains("Watch"))
  }

  /// A lone word opening the name of one body names that body: "Redbank Capital" … "Redbank
  /// said"; not a place's name a body is named after, nor a word two bodies open with.
  @Test func aBodysFirstWordAloneNamesIt() throws {
    let text = try AnnotatedText(
      """
      Redbank Capital bought the plant in March. Redbank said on Monday it would close it. Workers met at Dunmore Regional Hospital and walked to the mill in Dunmore. Tarvel Foods and Tarvel Logistics both hired staff, and Tarvel grew.
      """)
    #expect(text.entity("Redbank Capital")?.mentions.count == 2)
    #expect(text.entity("Redbank")?.name == "Redbank Capital")
    #expect(text.entity("Dunmore Regional Hospital")?.mentions.count == 1)
    #expect(text.entity("Tarvel Foods")?.mentions.count == 1)
    #expect(text.entity("Tarvel Logistics")?.mentions.count == 1)
  }

  /// "Teacher of the Year" names an award, not a teacher called "Year": a pronoun after it is
  /// the person named before.
  @Test func anAwardOfTheYearIsNoPerson() throws {
    let text = try AnnotatedText(
      """
      Sandra Whitcombe was named Teacher of the Year on Friday. The board named Tom Reed Coach of the Year. "I did not do this alone," she said.
      """)
    #expect(text.entity("Year") == nil)
    #expect(text.entity("Teacher of the Year")?.type == .other)
    #expect(text.entity("Tom Reed")?.mentions.count == 1, "an award's name ends the name before it")
    #expect(text.speaker(of: "I did not do this alone") == "Sandra Whitcombe")
    let before = try AnnotatedText("Teacher of the Year Dana Pell said the fee was too high.")
    #expect(before.entity("Dana Pell")?.type == .person, "an award before a name is apart from it")
    #expect(before.speaker(of: "the fee was too high") == "Dana Pell")
  }

  /// A word the article says is a place stays the place's, even where a body is named after it:
  /// "the city of Lindby" … "the Lindby Tenants Council" … "rents in Lindby".
  @Test func aWordNamedAsAPlaceIsNoBodysShortName() throws {
    let text = try AnnotatedText(
      """
      A proposal to limit rents in the city of Lindby drew crowds on Thursday. Ana Ruiz, president of the Lindby Tenants Council, said the cap would help. Rents in Lindby rose 40 percent.
      """)
    #expect(text.entity("Lindby Tenants Council")?.mentions.count == 1)
    #expect(text.entity("Lindby")?.type == .place)
    let employer = try AnnotatedText(
      "Redbank Capital bought the mill in May. Redbank is the city's largest employer. Redbank said on Monday it would hire.")
    #expect(employer.entity("Redbank Capital")?.mentions.count == 3, "what the city owns says nothing of where Redbank is")
  }

  /// A name is a body's when its leader is named after it, or when a noun for a kind of body
  /// is set off before it: "Civic Watch president Tom Fitton", "a watchdog group, Civic Watch,".
  @Test func aLeaderOrAnAppositionBeforeTheNameMakesABody() throws {
    let text = try AnnotatedText(
      """
      Officials turned the emails over to a conservative watchdog group, Civic Watch, on Monday. Civic Watch revealed the emails. "The agency hid this," Civic Watch president Tom Fitton said. Belvio chairman Ana Velde agreed. Dan Ortiz praised his firm, Quillan said. Former Republican president Tim Boyle called.
      """)
    #expect(text.entity("Civic Watch")?.type == .organization)
    #expect(text.entity("Belvio")?.type == .organization)
    #expect(text.entity("Quillan")?.type != .organization, "no apposition without a comma after it")
    #expect(text.entity("Republican")?.type != .organization, "a party's member word")
  }

  @Test func aConventionOrCaucusIsABody() throws {
    let text = try AnnotatedText(
      """
      Delegates of the Tarrow Growers Convention met the Orsk Valley Caucus on Friday to settle the water rights.
      """)
    #expect(text.entity("Tarrow Growers Convention")?.type == .organization)
    #expect(text.entity("Orsk Valley Caucus")?.type == .organization)
  }

  @Test func sentenceInitialWordsAreNotNames() throws {
    let text = try AnnotatedText(
      """
      However, the storm weakened. Meanwhile officials in Manila reopened the port. Despite the rain, schools opened.
      """)
    #expect(text.entity("However") == nil)
    #expect(text.entity("Meanwhile") == nil)
    #expect(text.entity("Despite") == nil)
    #expect(text.entity("Philippines")?.aliases.contains("Manila") == true)
  }

  /// Demonyms are looked up only for name words (``NameSpellings``), which holds as long as
  /// every demonym in the lexicon is written like a name: each word of one, in a sentence, is a
  /// name word and finds its country.
  /// A short sentence is no headline for being mostly capitalised: its first word and its days
  /// and months are capitalised in any sentence (a feed's one-line summary).
  @Test func aShortSentenceOfNamesIsNoTitleCaseLine() throws {
    let text = try AnnotatedText("He met Ana Lindqvist on Monday.")
    #expect(text.entity("Ana Lindqvist")?.type == .person)
    let headline = try AnnotatedText("The council met on Monday.", headline: "Lindqvist Wins Harbour Vote")
    #expect(headline.entity("Lindqvist") == nil, "a name only in a title-case headline is no entity")
  }

  @Test func everyDemonymIsMadeOfNameWords() {
    let demonyms = Countries.all.flatMap(\.demonyms)
    #expect(demonyms.count > 50)
    let text = "Demonyms\n\n" + demonyms.map { "They met the \($0) envoy." }.joined(separator: "\n\n")
    var builder = DocumentBuilder(article: ArticleReader.read(text, format: .text))
    builder.append(units: 0..<builder.units.count)
    let document = builder.finish()
    #expect(document.blocks.filter { !$0.isHeadline }.count == demonyms.count)
    for (demonym, block) in zip(demonyms, document.blocks.filter { !$0.isHeadline }) {
      let words = block.tokens.dropFirst(3).prefix(demonym.split(separator: " ").count)
      #expect(words.allSatisfy { document.names.isNameWord($0) }, "\(demonym)")
      let country =
        words.count == 1 ? document.names.demonymOf(words.first!) : document.names.demonymOf(words.first!, words.first! + 1)
      #expect(country != nil, "\(demonym)")
    }
  }

  @Test func aShortBlockAllInCapitalsIsALabelNotNames() throws {
    let text = try AnnotatedText(
      """
      The harbour reopens

      FULL REPORT.

      EDITOR NOTE APPENDED.

      The Quarrow Port Authority reopened the harbour on Monday, NATO said.
      """)
    for word in ["REPORT", "FULL REPORT", "NOTE", "APPENDED", "EDITOR NOTE APPENDED"] {
      #expect(text.entity(word) == nil, "\(word)")
    }
    #expect(text.entity("NATO")?.type == .organization)
  }

  @Test func andSplitsATitledNameFromTheBodyAfterIt() throws {
    let text = try AnnotatedText(
      """
      The bills stalled

      "Senator Quill and the Harbor Congress produced bad bills," said former Gov. and Harbor Party Committee Chairman Ed Varro. The Energy and Water Commission met.
      """)
    #expect(text.entity("Quill")?.type == .person)
    #expect(text.entity("Harbor Congress")?.type == .organization)
    #expect(text.entity("Harbor Party Committee")?.type == .organization)
    #expect(text.entity("Energy and Water Commission")?.type == .organization)
    #expect(text.annotations.entities.allSatisfy { !$0.name.contains(" and the ") })
  }

  @Test func anHonorificOrAnInitialMakesAPersonBeforeABodysHeadWord() throws {
    let text = try AnnotatedText(
      """
      The emails were sent

      Lee emailed Dana K. Mills on Monday. Later Ms. Mills replied, and Tarrow Mills said nothing.
      """)
    let mills = try #require(text.entity("Dana K. Mills"))
    #expect(mills.type == .person)
    #expect(mills.mentions.count == 2)
    #expect(text.entity("Tarrow Mills")?.type == .organization)
  }

  /// A noun for a kind of person before a given name and a surname is the person's role, not a
  /// word of their name, whatever body or place comes before it; a common word after the given
  /// name leaves a title-case line whole.
  @Test func aRoleBeforeANameSplitsARunOfCapitals() throws {
    let text = try AnnotatedText(
      """
      Cole Told Voters Grace Had Won the Vote on Fares

      “The fares are too high,” Harbour Board Treasurer Mia Varek said. “We will look again,” Denver Public Advocate Tom Reed said on Friday.

      The choir of Mother Agnes Chapel sang, and the judge, Ana Baker Lynn Cole, listened.
      """)
    #expect(text.speaker(of: "The fares are too high") == "Mia Varek")
    #expect(text.entity("Harbour Board")?.type == .organization)
    #expect(text.speaker(of: "We will look again") == "Tom Reed")
    #expect(text.entity("Denver")?.type == .place)
    #expect(text.annotations.entities.allSatisfy { !$0.name.hasPrefix("Grace Had") })
    #expect(text.annotations.entities.allSatisfy { $0.name != "Agnes Chapel" && $0.name != "Lynn Cole" })
  }

  /// An English word opening a sentence stays when it opens a known place or a demonym of two
  /// words with the words after it: "North Dakota Gov. Ann Cole" names the state, not "Dakota".
  @Test func aSentenceOpeningWordThatStartsAKnownName() throws {
    let text = try AnnotatedText(
      """
      The ferry plan

      North Dakota Gov. Ann Cole said the plan was late. South Sudanese President Mia Varek said it was fair.
      """)
    #expect(text.entity("North Dakota")?.type == .place)
    #expect(text.speaker(of: "the plan was late") == "Ann Cole")
    #expect(text.annotations.entities.allSatisfy { $0.name != "Dakota" && $0.name != "Sudanese" })
    #expect(text.speaker(of: "it was fair") == "Mia Varek")
  }
}

/// A sentence's first word before the head of a body or a place is the first word of its name.
@Suite("Names opening a sentence")
struct SentenceOpeningNameTests {
  @Test func anEnglishWordBeforeAHeadWordOpensTheName() throws {
    let text = try AnnotatedText(
      """
      The ferry plan

      The council met on Monday. State Department officials said the plan was legal. Harbor Fund gave $2 million to it. Reform Party leaders met in Dayton. Liberty University hosted the debate. Once Congress acts, the plan starts. GROWING PARTY, the sign said. The Party met. Today Congress voted. Senior Party officials met.

      The plan went to the State Department and the Reform Party on Friday, and Harbor Fund and Liberty University backed it.
      """)
    #expect(text.entity("State Department")?.mentions.count == 2)
    #expect(text.entity("Harbor Fund")?.mentions.count == 2)
    #expect(text.entity("Reform Party")?.mentions.count == 2)
    #expect(text.entity("Liberty University")?.mentions.count == 2)
    let names = text.annotations.entities.map(\.name)
    for wrong in ["Department", "Fund", "University", "Once Congress", "GROWING PARTY", "The Party", "Today Congress", "Senior Party"] {
      #expect(!names.contains(wrong), "\(wrong)")
    }
  }

  /// A name written only at a sentence's start keeps its first word when an apposition says it
  /// names a body, whatever its last word: "Civic Watch, an advocacy group, sued".
  @Test func anAppositionNamingABodyKeepsTheFirstWord() throws {
    let text = try AnnotatedText(
      """
      The ferry plan

      The council met on Monday. Harbor Fund, a super PAC, raised $5 million against the plan. Civic Watch, an advocacy group, sued the council. Local Party officials, a dozen in all, met. Green Future Coalition, an environmental group, backed the suit. Thousands of Velmars, a minority group, marched.
      """)
    #expect(text.entity("Harbor Fund")?.type == .organization)
    #expect(text.entity("Civic Watch")?.type == .organization)
    #expect(text.entity("Green Future Coalition")?.type == .organization)
    let names = text.annotations.entities.map(\.name)
    for wrong in ["Fund", "Watch", "Local Party", "Future Coalition", "Thousands of Velmars"] {
      #expect(!names.contains(wrong), "\(wrong)")
    }
  }
}

/// Initialisms of common nouns ("CEO", "PAC", WordNet's) and nouns for a kind of body before a
/// name: they say what a name is, and alone they name only what the article describes by them.
@Suite("Described bodies and common initialisms")
struct DescribedBodyTests {
  @Test func anInitialismOfACommonNounAloneNamesNoOne() throws {
    let text = try AnnotatedText(
      """
      The ferry plan

      The council met on Monday. The CEO said the plan was good. GDP grew by two percent. The NGO said it would help. A super PAC spent money on ads. The FBI said nothing.
      """)
    let names = text.annotations.entities.map(\.name)
    for word in ["CEO", "GDP", "NGO", "PAC"] { #expect(!names.contains(word), "\(word)") }
    #expect(text.entity("FBI")?.type == .organization)
  }

  @Test func aLoneInitialismIsTheOneBodyDescribedByIt() throws {
    let text = try AnnotatedText(
      """
      The ferry plan

      On Monday Harbor Fund, a super PAC, spent $5 million against the plan. “We will spend more,” the PAC said on Tuesday. Ana Ruiz, Quorin's CEO, backed the plan. The CEO spoke twice.
      """)
    #expect(text.entity("Harbor Fund")?.mentions.count == 3)
    #expect(text.speaker(of: "We will spend more") == "Harbor Fund")
    #expect(text.entity("Ana Ruiz")?.mentions.count == 3)
    let two = try AnnotatedText(
      """
      The ferry plan

      On Monday Harbor Fund, a super PAC, spent $5 million. On Monday Valley Action, a rival super PAC, spent less. The PAC said nothing.
      """)
    let critic = try AnnotatedText(
      """
      The ferry plan

      Harbor Fund ran ads on Monday. Tom Brennan, a critic of the PAC, said it lied. “We never lie,” the PAC said. The AIDS Healthcare Foundation opened a clinic.
      """)
    #expect(critic.speaker(of: "We never lie") != "Tom Brennan", "a PAC named in an apposition's phrase does not describe him")
    #expect(critic.entity("AIDS Healthcare Foundation") != nil, "after an article, an initialism opens the name")
    #expect(two.entity("Harbor Fund")?.mentions.count == 1, "with two described so, a lone PAC names neither")
    #expect(two.entity("Valley Action")?.mentions.count == 1)
    #expect(!two.annotations.entities.contains { $0.name == "PAC" })
  }

  @Test func aNounForAKindOfBodyBeforeANameTypesIt() throws {
    let text = try AnnotatedText(
      """
      The ferry plan

      The council met on Monday. The publishing giant Zelbor backed the plan. The startup Belvio opposed it. The advocacy group Citizens First sued. The super PAC Harbor Action ran ads, as did Lakeside Majority PAC. The company Ana Ruiz founded said nothing. Nina Patel told the committee Ortega had lied. The charity Hope Lopez runs closed.
      """)
    for name in ["Zelbor", "Belvio", "Citizens First", "Harbor Action", "Lakeside Majority PAC"] {
      #expect(text.entity(name)?.type == .organization, "\(name)")
    }
    #expect(text.entity("Ana Ruiz")?.type == .person)
    #expect(text.entity("Ortega")?.type != .organization, "a name the clause of the noun ends on")
    #expect(text.entity("Hope Lopez")?.type == .person)
  }

  /// "Project", "Watch" and "Midstream" end the names of bodies as "Coalition" does, so a title
  /// inside one ("Justice") does not cut it in two, and no apposition is needed to say so.
  @Test func projectWatchAndMidstreamEndTheNamesOfBodies() throws {
    let text = try AnnotatedText(
      """
      The camping ban

      The Quillan Housing Justice Project sued the county on Monday. Orrin Midstream, which is building the line, welcomed the ruling. The Harbor Budget Watch said the ban was costly.
      """)
    for name in ["Quillan Housing Justice Project", "Orrin Midstream", "Harbor Budget Watch"] {
      #expect(text.entity(name)?.type == .organization, "\(name)")
    }
    #expect(text.entity("Project") == nil)
  }

  /// A given name that is also a word for a thing ("bill", "will") names a person after a word
  /// for kin: "her husband, Bill,", "his son Will"; the law stays a thing.
  @Test func aGivenNameAfterAWordForKinIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The farm vote

      Senator Ana Ruiz spoke in Dayton on Monday. Her husband, Bill, stayed home with his son Will. The Farm Bill passed the Senate on Friday.
      """)
    #expect(text.entity("Bill")?.type == .person)
    #expect(text.entity("Will")?.type == .person)
    #expect(text.entity("Farm Bill")?.type != .person)
  }
}
