import Testing

@testable import GlossCore

/// What a stance word bears on, on wording written for these tests: requests made of the topic,
/// reported actions (signing, funding, giving), objects that turn the side around, and the uses
/// of a stance word that show no one's stance (a passive without its agent, an adjective, a
/// phrase after a preposition, a noun whose phrase does not hold the topic, people of the
/// topic's after "his").
@Suite("Stance objects")
struct StanceObjectTests {
  static let candidate = "Governor Tom Brennan seeks a second term"
  static let law = "The Farm Act splits the Senate"

  @Test func aRequestToTurnBackOpposesTheOneAskedAndOtherRequestsShowNoStance() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Senator Luis Ortega called on Brennan to apologize for the remark. Mayor Alice Okafor urged Brennan to act on the budget before June. Judge Nina Patel called for Brennan to resign. Raj Mehta called for Brennan to step up and lead.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.evidence("Luis Ortega").contains { $0.contains("called on Brennan to apologize") })
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Nina Patel") == .oppose, "calling for him to resign is no call for him")
    #expect(text.stance("Raj Mehta") != .oppose, "stepping up is no retreat")
  }

  @Test func signingFundingGivingAndIntroducingSupport() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019 after a long fight. Governor Luis Ortega signed the Farm Act into law in May. Nina Patel, a retired banker, donated $2 million to the Farm Act campaign last year. The Grain Council funded the Farm Act campaign from the start. Senator Alice Okafor introduced the Farm Act in March.
      """, headline: Self.law)
    #expect(text.stance("Luis Ortega") == .support)
    #expect(text.stance("Nina Patel") == .support)
    #expect(text.stance("Grain Council") == .support)
    #expect(text.stance("Alice Okafor") == .support)
  }

  @Test func whatAChoicePassesOverIsOpposed() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. Senator Luis Ortega voted for Ana Diaz over Brennan in the primary. The Farmers Union chose Ana Diaz over Brennan last week. Mayor Alice Okafor backed Brennan over the objections of her staff.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Farmers Union") == .oppose)
    #expect(text.stance("Alice Okafor") == .support)
  }

  @Test func aBadObjectOrATurningWordOverTheStanceWordTurnsTheSide() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019 after a long fight. Senator Luis Ortega dismissed criticism of the Farm Act in a speech. Mayor Alice Okafor vowed to end the boycott of the Farm Act this year.
      """, headline: Self.law)
    #expect(text.stance("Luis Ortega") == .support)
    #expect(text.stance("Alice Okafor") == .support)
  }

  @Test func aPassiveWithoutItsAgentAnAdjectiveAndAPrepositionShowNoStance() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019 after a long fight. Nina Patel was dismissed on Monday as the Farm Act director. The proposed Farm Act changes were discussed by Senator Luis Ortega at length. Mayor Alice Okafor backed a new tax on the Farm Act subsidies in May. Pastor Grace Lin is opposed to the Farm Act as it stands.
      """, headline: Self.law)
    #expect(text.stance("Nina Patel") == nil)
    #expect(text.stance("Luis Ortega") == nil)
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Grace Lin") == .oppose)
  }

  @Test func aSupporterAfterBeAndSupportAsAVerbAfterTo() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019 after a long fight. Senator Luis Ortega has been a consistent and outspoken supporter of the Farm Act for years. “I am proud to support the Farm Act,” said Nina Patel, a nurse.
      """, headline: Self.law)
    #expect(text.stance("Luis Ortega") == .support)
    #expect(text.stance("Nina Patel") == .support)
  }

  @Test func aHolderNounNamesASideOnItsOwnerOrItsObjectOnly() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019 after a long fight. The Farm Act’s chief opponent, Nina Patel, spoke on Monday. Luis Ortega, a former judge from the coast, has been an outspoken critic of the Farm Act for years. Their opponent, Alice Okafor, visited the Farm Act office in May.
      """, headline: Self.law)
    #expect(text.stance("Nina Patel") == .oppose)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == nil)
  }

  @Test func rivalsHoldSidesAndAPartyWordAloneHoldsNone() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. Longtime Brennan foe Dana Ruiz spoke on Friday. Brennan’s rival, Luis Ortega, spoke after her. Brennan’s other rival, Mayor Alice Okafor, spoke last. A Republican attacked Brennan at the fair.
      """, headline: Self.candidate)
    #expect(text.stance("Dana Ruiz") == .oppose)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == .oppose, "a title between the holder and the name")
    #expect(text.annotations.stances.allSatisfy { $0.name != "Republican" })
  }

  @Test func aPassiveOrRelativeClauseMustStandRightAfterItsReference() throws {
    let text = try AnnotatedText(
      """
      The Farm Act, which the Grain Council backed in 2019, passed after a long fight. Senator Luis Ortega spoke about the Farm Act at a town hall sponsored by the Teachers Union in Dayton.
      """, headline: Self.law)
    #expect(text.stance("Grain Council") == .support)
    #expect(text.stance("Teachers Union") == nil)
  }

  @Test func hisAfterAManIsHisOwnAndAfterAWomanTheCandidates() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. Senator Luis Ortega suspended his campaign on Monday. Brennan spoke in Dayton on Friday. Mayor Alice Okafor defended his early remarks in a radio interview.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == nil)
    #expect(text.stance("Alice Okafor") == .support)
    #expect(text.evidence("Alice Okafor").contains { $0.contains("defended his early remarks") })
  }

  @Test func theTopicsOwnStanceWordsOnItselfCountForNothing() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. Mayor Alice Okafor endorsed Brennan on Monday. “I warmly welcome her support for me,” Brennan said.
      """, headline: Self.candidate)
    #expect(text.stance("Alice Okafor") == .support)
    // He stands behind his own cause (``StanceOwnCauseTests``) on his words alone: "support for
    // me" is no stance word of his, which would make him sure.
    #expect(text.annotations.stances.first { $0.name == "Tom Brennan" }?.confidence == .low)
  }

  /// Staff speak for the one they serve, where the text says so: "Brennan spokeswoman Jo
  /// Roe", "Nina Okafor, an adviser to Brennan", "a spokesman for the Brennan campaign",
  /// "Brennan campaign manager Dana Velde", "Ana Diaz, Brennan's running mate".
  @Test func staffSupportTheOneTheyServe() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday.

      "These attacks are false and outrageous," said Brennan campaign spokeswoman Jo Roe.

      Nina Okafor, an adviser to Brennan, declined to comment. Aides to Brennan said little. Lino Ruiz, a spokesman for the Brennan campaign, said the governor would speak on Monday.

      Brennan campaign manager Dana Velde and Ana Diaz, Brennan's running mate, toured the harbor. The manager of the harbor, Omar Haddad, met them.
      """, headline: Self.candidate)
    #expect(text.stance("Jo Roe") == .support)
    #expect(text.evidence("Jo Roe").contains { $0.contains("Brennan campaign spokeswoman Jo Roe") })
    #expect(text.stance("Nina Okafor") == .support)
    #expect(text.stance("Lino Ruiz") == .support)
    #expect(text.stance("Dana Velde") == .support)
    #expect(text.stance("Ana Diaz") == .support)
    #expect(text.stance("Omar Haddad") == nil, "a manager of something else")
  }

  /// "His spokesman, Lino Ruiz": a holder owned by a pronoun standing for the topic.
  @Test func aHolderOwnedByAPronounForTheTopic() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday, and reporters asked about Brennan and the budget. Brennan did not answer. His spokesman, Lino Ruiz, said the governor would speak again on Monday. Her campaign manager, Dana Velde, toured the harbor with Ana Diaz.
      """, headline: Self.candidate)
    #expect(text.stance("Lino Ruiz") == .support)
    #expect(text.stance("Dana Velde") == nil, "her: not the governor")
  }

  /// Campaigning for the candidate is support: "stumped for X", "vouched for X", "rallied for
  /// X", "plans to caucus for X".
  @Test func campaigningForTheCandidateSupports() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Ana Diaz stumped for Brennan across the north in May. Mayor Alice Okafor vouched for Brennan at a dinner. The Farmers Union rallied for Brennan on Sunday. Raj Mehta plans to caucus for Brennan next week.
      """, headline: Self.candidate)
    #expect(text.stance("Raj Mehta") == .support)
    #expect(text.stance("Ana Diaz") == .support)
    #expect(text.stance("Alice Okafor") == .support)
    #expect(text.stance("Farmers Union") == .support)
  }

  /// Allies, loyalists, donors and defenders hold support, challengers and enemies
  /// opposition, as supporters and critics do; a person named with their state is the one
  /// beside the noun ("Governor Ana Diaz of Ohio, a Brennan ally").
  @Test func alliesDonorsAndChallengersHoldTheirSides() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Governor Ana Diaz of Ohio, a Brennan ally, spoke first. Brennan donor Nina Patel gave a toast. Lino Ruiz, a longtime Brennan loyalist, sat beside her. Mayor Alice Okafor, Brennan's challenger in the primary, stayed away.
      """, headline: Self.candidate)
    #expect(text.stance("Ana Diaz") == .support)
    #expect(text.stance("Ohio") == nil)
    #expect(text.stance("Nina Patel") == .support)
    #expect(text.stance("Lino Ruiz") == .support)
    #expect(text.stance("Alice Okafor") == .oppose)
  }

  /// Verbs of praise and of rebuke, and verbs that take a side with the word after them:
  /// "sided with", "broke with", "lashed out at", "took aim at", "distanced herself from".
  @Test func praiseRebukeAndVerbsWithAWordAfterThem() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Senator Luis Ortega rebuked Brennan in a speech. Mayor Alice Okafor applauded Brennan at the dinner. The Farmers Union sided with Brennan on water. Judge Omar Haddad broke with Brennan in March. Nina Patel lashed out at Brennan on the radio. Ana Diaz distanced herself from Brennan after the vote. Grace Lin took aim at the budget in a letter about Brennan. Judge Raj Mehta took issue with Brennan on taxes. Mayor Ann Cole discussed the issue with Brennan on Monday.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == .support)
    #expect(text.stance("Farmers Union") == .support)
    #expect(text.stance("Omar Haddad") == .oppose)
    #expect(text.stance("Nina Patel") == .oppose)
    #expect(text.stance("Ana Diaz") == .oppose)
    #expect(text.stance("Grace Lin") == nil, "what she took aim at is the budget")
    #expect(text.stance("Raj Mehta") == .oppose)
    #expect(text.stance("Ann Cole") == nil, "an issue discussed with him is no side")
  }

  /// A clause that asks or supposes shows no side: "asked whether X backed Y", "if X drops Y".
  @Test func aQuestionOrASuppositionShowsNoStance() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Reporters asked Senator Luis Ortega whether the union had endorsed Brennan. Mayor Alice Okafor might run herself if the party drops Brennan before June. Nina Patel, a retired banker, endorsed Brennan in May.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == nil)
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Nina Patel") == .support)
  }

  /// Putting someone out of office turns them back: "vowed to unseat X", "wants to oust X".
  @Test func unseatingOrOustingSomeoneOpposesThem() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Mayor Alice Okafor vowed to unseat Brennan in November. Nina Patel, a retired banker, wants to oust Brennan.
      """, headline: Self.candidate)
    #expect(text.stance("Alice Okafor") == .oppose)
    #expect(text.stance("Nina Patel") == .oppose)
  }

  /// Two opposite sides offered with "or" take neither: "like him or dislike him", "for or
  /// against"; two of one side ("backs Brennan or at least praises him") keep it.
  @Test func oppositeSidesOfferedWithOrTakeNeither() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. “I can't say that I like him or dislike him,” said Luis Ortega, a farmer. Mayor Alice Okafor will speak for or against Brennan at the fair. Nina Patel, a retired banker, endorses Brennan or at least praises him.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") != .oppose)
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Nina Patel") == .support)
    let different = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. “We have to support Brennan or risk losing the plant,” said Luis Ortega, a farmer. Mayor Alice Okafor voted for the budget or against Brennan's plan.
      """, headline: Self.candidate)
    #expect(different.stance("Luis Ortega") == .support, "a choice of two things, not two sides")
  }

  /// A negation before a stance word and a manner after its object denies the manner, not the
  /// side: "did not attack Brennan directly" is no support.
  @Test func aDeniedMannerShowsNoSide() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Senator Luis Ortega did not attack Brennan directly in his speech. Mayor Alice Okafor did not attack Brennan in her speech.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == nil)
    #expect(text.stance("Alice Okafor") == .support)
  }

  /// A turning word after the topic turns it only as a passive right after "be": "Brennan was
  /// right to unseat Ortega" unseats Ortega.
  @Test func aTurningWordAfterTheTopicTurnsItOnlyAsAPassive() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Nina Patel said Brennan had been right to unseat Senator Luis Ortega in 2019. Omar Reed said Brennan should be ousted.
      """, headline: Self.candidate)
    #expect(text.stance("Nina Patel") != .oppose)
    #expect(text.stance("Omar Reed") == .oppose)
  }

  /// "may soon endorse X", "could still back X", "might not oppose X": a modal of possibility says what may come; "could
  /// not back X" takes a side.
  @Test func aPossibilityShowsNoStance() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. The Farmers Union has stayed out of the race, though it may soon endorse Brennan. Senator Luis Ortega could still back Brennan before June. Mayor Alice Okafor said she could not back Brennan after the vote.
      """, headline: Self.candidate)
    #expect(text.stance("Farmers Union") == nil)
    #expect(text.stance("Luis Ortega") == nil)
    #expect(text.stance("Alice Okafor") == .oppose)
    let month = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. The Grain Council in May endorsed Brennan. Nina Patel might not oppose Brennan this time.
      """, headline: Self.candidate)
    #expect(month.stance("Grain Council") == .support)
    #expect(month.stance("Nina Patel") == nil)
  }
}

/// Which names a headline's subject leaves free to be the topic.
@Suite("Topics in headlines")
struct HeadlineTopicTests {
  /// "Donors Cool on Republican Gala": a party's word for its members qualifies the noun after
  /// it; it names no topic.
  @Test func aPartyWordIsNoTopic() throws {
    let text = try AnnotatedText(
      """
      Few donors have bought seats for the Republican gala in Dayton. The Republican gala raises money for county races. A Republican volunteer said the hall was half empty. Republican organizers blamed the weather, and the Republican committee may cancel the dinner.
      """, headline: "Donors Cool on Republican Gala")
    #expect(!text.annotations.topics.contains { $0.name == "Republican" })
  }

  @Test func aPlaceDescribingTheOneWhoActsMayBeTheTopic() throws {
    let text = try AnnotatedText(
      """
      Portugal has eased its rules on foreign investment this year. Officials in Portugal say the change will bring jobs. Critics in Portugal say it came too fast, and Portugal will review it in the spring.
      """, headline: "Portugal leader visits Ottawa for trade talks")
    #expect(text.annotations.topics.first?.name == "Portugal")
  }
}

extension HeadlineTopicTests {
  @Test func aSourceTheHeadlineNamesMayBeTheTopic() throws {
    let text = try AnnotatedText(
      """
      Hundreds of farmers marched on Friday against the Grain Council. The Grain Council sets prices for the region. Mayor Alice Okafor condemned the Grain Council at the rally.

      The Grain Council said in a statement that prices would stay.
      """, headline: "Farmers rally against the Grain Council in Dayton")
    #expect(text.annotations.sources.contains { $0.name == "Grain Council" })
    #expect(text.annotations.topics.first?.name == "Grain Council")
    #expect(text.stance("Alice Okafor") == .oppose)
  }
}

extension HeadlineTopicTests {
  /// "Ruiz, stumping for Lee, hits Ortega": the name before an aside acts; the two it acts on
  /// are the topics, and "went after" is opposition.
  @Test func aNameBeforeAnAsideInTheHeadlineActs() throws {
    let text = try AnnotatedText(
      """
      Mayor Alice Okafor spoke in Dayton on Monday for Tom Brennan. Okafor said Brennan would win. Okafor went after Luis Ortega in the speech. Ortega did not answer. Ortega spoke in Toledo. Brennan leads Ortega in the polls. Okafor was mayor for ten years.
      """, headline: "Okafor, stumping for Brennan, hits Ortega")
    let topics = text.annotations.topics.map(\.name)
    #expect(topics.contains("Luis Ortega"))
    #expect(!topics.contains("Alice Okafor"))
    #expect(text.annotations.stances.contains { $0.name == "Alice Okafor" && $0.target == "Luis Ortega" && $0.polarity == .oppose })
  }
}

extension HeadlineTopicTests {
  /// A thing the body names once, and the headline not at all, is an aside, not the topic.
  @Test func aThingNamedOnceIsNoTopic() throws {
    let text = try AnnotatedText(
      """
      Voters in three towns cast the first ballots on Tuesday. Mayor Alice Okafor said turnout was high. Her father served in the Korean War. Senator Luis Ortega voted in Dayton.
      """, headline: "Three towns cast the first votes of the primary")
    #expect(!text.annotations.topics.contains { $0.name == "Korean War" })
  }
}

extension HeadlineTopicTests {
  /// With nothing else to be the topic, the one person the article names far more than any
  /// other is: a profile whose headline names no one.
  @Test func theOnePersonAProfileIsAboutIsItsTopic() throws {
    let text = try AnnotatedText(
      """
      Nina Patel grew up on a farm near Dayton. Patel left for the city at seventeen. Patel worked nights and studied by day. Senator Luis Ortega, a longtime Patel ally, met her in 2010. Patel now runs the largest food bank in the state. Patel says she will not stop.
      """, headline: "A life spent feeding a city")
    #expect(text.annotations.topics.first?.name == "Nina Patel")
    #expect(text.stance("Luis Ortega") == .support)
  }
}

extension StanceObjectTests {
  /// Adjectives that take a side with the word after them ("critical of", "supportive of",
  /// "loyal to"), and holders after "among" or "one of" ("among Lee's critics").
  @Test func sidesTakenByAdjectivesAndByBeingAmongHolders() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday, and reporters asked about Brennan and the budget.

      Grace Lin is among Brennan's most vocal critics. Jo Roe has been highly critical of Brennan. Ann Cole is supportive of Brennan. Lino Ruiz is one of Brennan's earliest backers. Omar Haddad remains loyal to Brennan. Dana Velde was critical of the budget.
      """, headline: Self.candidate)
    #expect(text.stance("Grace Lin") == .oppose)
    #expect(text.stance("Jo Roe") == .oppose)
    #expect(text.stance("Ann Cole") == .support)
    #expect(text.stance("Lino Ruiz") == .support)
    #expect(text.stance("Omar Haddad") == .support)
    #expect(text.stance("Dana Velde") == nil, "critical of something else")
  }
}

extension StanceObjectTests {
  /// "the program" after "the Farm Act program" refers to it; "the state's testing program" and
  /// "the Aegis program" are other programs.
  @Test func aNounAfterTheTopicsNameReferesToItUnlessOwnedOrNamed() throws {
    let text = try AnnotatedText(
      """
      The Farm Act program pays farmers to rest their land. The Farm Act passed in 2019 after a long fight. Senator Luis Ortega praised the program in May. Mayor Alice Okafor criticized the state's testing program on Monday. Judge Omar Haddad condemned the Aegis program in June.
      """, headline: Self.law)
    #expect(text.stance("Luis Ortega") == .support)
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Omar Haddad") == nil)
  }

  @Test func aStanceNounBearsOnlyOnTheTopicInItsPhrase() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan debated Mayor Alice Okafor on Monday. Brennan spoke first.

      Whether Okafor gains from the debate is an open question. Her support among millennials still lags below what she wants and Brennan's supporters show more enthusiasm. Senator Luis Ortega put his support behind Brennan on Friday.
      """, headline: Self.candidate)
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Luis Ortega") == .support)
  }

  @Test func hisPeopleAreNotHim() throws {
    let text = try AnnotatedText(
      """
      Tom Brennan debated Alice Okafor on Monday. Brennan spoke first. Brennan left early.

      If Brennan had a strategy coming into the debate, it was not evident. He apparently believed the unscientific Internet polls that showed him victorious in most of the primary debates and followed the same script against Okafor that he had against his Republican rivals. Senator Ana Ruiz campaigned against his rivals in Ohio.
      """, headline: "The real Brennan showed up at the debate")
    #expect(text.annotations.stances.isEmpty)
  }

  @Test func refrainingFromAStanceVerbTurnsIt() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. Senator Luis Ortega has refrained from endorsing Brennan so far. Mayor Ana Ruiz's refrain to voters is to support Brennan.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Ana Ruiz") == .support)
  }

  /// An article whose headline names no topic, but whose body comes back again and again to a
  /// thing it calls by a common noun, is about that thing; twice is not enough.
  @Test func aPhraseTheBodyKeepsComingBackToIsTheTopicWhenNothingElseIs() throws {
    let text = try AnnotatedText(
      """
      Workers in three states will be paid more for long weeks from January. Senator Luis Ortega praised the regulation in a speech on Monday. The regulation covers four million people. Mayor Alice Okafor said the regulation would cost her city dearly and vowed to fight the regulation in court.
      """, headline: "Pay for long weeks to rise")
    #expect(text.annotations.topics.map(\.name) == ["the regulation"])
    #expect(text.stance("Luis Ortega") == .support)
    #expect(text.stance("Alice Okafor") == .oppose)
    let twice = try AnnotatedText(
      """
      Workers in three states will be paid more for long weeks from January. Senator Luis Ortega praised the regulation in a speech on Monday. The regulation covers four million people.
      """, headline: "Pay for long weeks to rise")
    #expect(twice.annotations.topics.isEmpty)
  }

  /// "the rule" and "the regulation" are one thing: references to either are references to the
  /// topic the headline names.
  @Test func synonymsReferToOnePhraseTopic() throws {
    let text = try AnnotatedText(
      """
      The council votes on the parking rule next week. Senator Luis Ortega praised the regulation on Monday. Mayor Alice Okafor vowed to fight the regulation in court.
      """, headline: "Council weighs parking rule")
    #expect(text.annotations.topics.map(\.name) == ["the rule"])
    #expect(text.stance("Luis Ortega") == .support)
    #expect(text.stance("Alice Okafor") == .oppose)
    let court = try AnnotatedText(
      """
      The state court struck down the parking ruling last week. Senator Luis Ortega praised the decision on Monday. Mayor Alice Okafor vowed to fight the decision.
      """, headline: "Court overturns parking ruling")
    #expect(court.annotations.topics.map(\.name) == ["the ruling"])
    #expect(court.stance("Luis Ortega") == .support)
    #expect(court.stance("Alice Okafor") == .oppose)
  }
}
