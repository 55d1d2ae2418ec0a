import Testing

@testable import GlossCore

/// Stances on wording written for these tests: who opposes or supports the topic, negation,
/// turning words, and actors quoted on the topic without taking a side.
@Suite("Stances")
struct StanceTests {
  @Test func opposingAndSupportingVerbsGiveTheirSubjectsAStance() throws {
    let text = try AnnotatedText(
      """
      The Keystone XL pipeline divides the region. Canada supports the Keystone XL pipeline, while the Sioux Nation opposes the pipeline. Germany does not support the Keystone XL pipeline either.
      """)
    #expect(text.annotations.topics.first?.name == "Keystone XL")
    #expect(text.stance("Canada") == .support)
    #expect(text.stance("Sioux Nation") == .oppose)
    #expect(text.stance("Germany") == .oppose)
    let celebrated = try AnnotatedText(
      """
      The Keystone XL pipeline divides the region. Mayor Ana Lind has vowed to finish it and celebrated the Keystone XL pipeline on Monday.
      """)
    #expect(celebrated.stance("Ana Lind") == .support)
  }

  @Test func turningWordsAndPrefixes() throws {
    let text = try AnnotatedText(
      """
      The Nord Stream pipeline was finished in 2021. Poland called for the Nord Stream pipeline to be halted, and Lithuania kept its anti-Nord Stream line.
      """)
    #expect(text.stance("Poland") == .oppose)
  }

  @Test func anActorQuotedOnTheTopicWithoutASideIsNeutral() throws {
    let text = try AnnotatedText(
      """
      The Artemis program returns astronauts to the Moon. “Artemis is the hardest thing we have tried in fifty years,” said engineer Rosa Delgado.
      """)
    let stance = try #require(text.annotations.stances.first { $0.name == "Rosa Delgado" })
    #expect(stance.polarity == .neutral)
    #expect(!stance.evidence.isEmpty)
  }

  /// Naming a place or an organisation without a side is no stance on it: "talks in Lisbon,
  /// Portugal" are somewhere, "Portugal is the place to watch" speaks of it without taking one;
  /// words for or against it still take theirs.
  @Test func aQuoteNamingAPlaceOrAnOrganisationWithoutASideIsNoStanceOnIt() throws {
    let text = try AnnotatedText(
      """
      Portugal has eased its rules on foreign investment this year. “We spent a long week of talks in Lisbon, Portugal,” said Rosa Delgado, a trade envoy. “Nobody sleeps much in Portugal during a summit,” said Omar Haddad, a banker. “Portugal is the place to watch this year,” said Grace Lin, a banker. “Portugal is a wonderful, welcoming place to invest,” said Lena Voss, a banker.
      """, headline: "Portugal eases investment rules")
    #expect(text.annotations.topics.first?.name == "Portugal")
    for name in ["Rosa Delgado", "Omar Haddad", "Grace Lin"] { #expect(text.stance(name) == nil, "\(name)") }
    #expect(text.stance("Lena Voss") == .support)
    let organisation = try AnnotatedText(
      """
      The Harbor Authority moved its offices to the old customs house this spring. “The Harbor Authority has moved its offices twice in ten years,” said Rosa Delgado, a pilot.
      """, headline: "Harbor Authority moves its offices")
    #expect(organisation.annotations.topics.first?.name == "Harbor Authority")
    #expect(organisation.stance("Rosa Delgado") == nil)
  }
}

/// Stance and reporting verbs with their object, on a candidate named in the headline: the
/// verb's subject (or a passive's agent) holds the stance, and its sentence is the evidence.
@Suite("Stance verbs")
struct StanceVerbTests {
  static let headline = "Governor Tom Brennan seeks a second term"

  @Test func supportAndOpposeVerbsWithTheCandidateAsObject() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Mayor Alice Okafor endorsed Brennan on Monday in the capital. Senator Luis Ortega accused Brennan of neglecting the rural towns. The Farmers Union voted against Brennan at its meeting.
      """, headline: Self.headline)
    #expect(text.annotations.topics.first?.name == "Tom Brennan")
    #expect(text.stance("Alice Okafor") == .support)
    #expect(text.evidence("Alice Okafor").contains { $0.contains("endorsed Brennan") })
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.evidence("Luis Ortega").contains { $0.contains("accused Brennan") })
    #expect(text.stance("Farmers Union") == .oppose)
  }

  /// "Okafor's deputy, Luis Ortega, accused Brennan": the one named in apposition acts, not
  /// the owner; an owner alone still does ("Okafor's campaign attacked Brennan").
  @Test func anOwnerBeforeAnAppositionIsNoSubject() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Mayor Alice Okafor's deputy, Luis Ortega, accused Brennan of neglecting the rural towns. Nina Patel's campaign attacked Brennan in May.
      """, headline: Self.headline)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Nina Patel") == .oppose)
  }

  /// "Her neighbours mocked Brennan": people an owner has act for themselves, not for the owner;
  /// staff act for the one they serve ("his aides attacked Brennan").
  @Test func peopleAnOwnerHasHoldTheirOwnStance() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Mayor Alice Okafor spoke at the fair on Friday. Her oldest neighbours have mocked Brennan for years. Luis Ortega's longtime critics attacked Brennan in May. Nina Patel stayed home. Her aides attacked Brennan on Sunday.
      """, headline: Self.headline)
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Luis Ortega") == nil)
    #expect(text.stance("Nina Patel") == .oppose)
    let others = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Portugal's foreign minister denounced Brennan on Monday. Senator Omar Haddad and his friends attacked Brennan in May. Grace Lin spoke in Dayton. She thanked voters and attacked Brennan.
      """, headline: Self.headline)
    #expect(others.stance("Portugal") == .oppose)
    #expect(others.stance("Omar Haddad") == .oppose)
    #expect(others.stance("Grace Lin") == .oppose)
    let watching = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Ana Ruiz watched as her critics attacked Brennan on Monday. Paul Rios spoke in Tulsa on Friday. His estranged wife attacked Brennan on Sunday.
      """, headline: Self.headline)
    #expect(watching.stance("Ana Ruiz") == nil)
    #expect(watching.stance("Paul Rios") == nil)
  }

  @Test func theNearestStanceWordGovernsTheObjectAndContrastGivesMixed() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Mayor Alice Okafor urged voters to reject Brennan in November. Senator Luis Ortega praised Brennan in March but condemned Brennan in May.
      """, headline: Self.headline)
    #expect(text.stance("Alice Okafor") == .oppose)
    #expect(text.stance("Luis Ortega") == .mixed)
    #expect(text.evidence("Luis Ortega").count == 2)
  }

  @Test func negationPronounsAndPassiveAgents() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Former judge Martin Keller did not endorse Brennan. Rachel Ford chairs the state party. She praised Brennan at the convention. Brennan was backed by the Teachers Union in June.
      """, headline: Self.headline)
    #expect(text.stance("Martin Keller") == .oppose)
    #expect(text.stance("Rachel Ford") == .support)
    #expect(text.evidence("Rachel Ford").contains { $0.contains("praised Brennan") })
    #expect(text.stance("Teachers Union") == .support)
  }

  @Test func negationsAfterTheSubjectCurlyApostrophesRefusalsAndLack() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Former judge Martin Keller can’t endorse Brennan. Mayor Ana Ruiz never backed Brennan, and Senator Luis Ortega refused to endorse Brennan. Rachel Ford chairs the state party. Ford said Brennan showed a lack of courage in June.
      """, headline: Self.headline)
    #expect(text.stance("Martin Keller") == .oppose)
    #expect(text.stance("Ana Ruiz") == .oppose)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Rachel Ford") != .support)
  }

  /// A negation reaches a stance verb through its infinitive: "couldn't bring himself to back".
  @Test func aNegationBeforeAnInfinitiveTurnsItsStanceVerb() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Mayor Ana Ruiz couldn't bring herself to back Brennan. Senator Luis Ortega did not want to endorse Brennan in June.
      """, headline: Self.headline)
    #expect(text.stance("Ana Ruiz") == .oppose)
    #expect(text.stance("Luis Ortega") == .oppose)
  }

  /// "In support of" and "in opposition to" say how one acts: a side, though a noun in a
  /// prepositional phrase otherwise takes none.
  @Test func actingInSupportOrInOppositionTakesASide() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. The Harbor Fund raised $5 million in support of Brennan. Judge Omar Haddad wrote in opposition to Brennan. Senator Luis Ortega spoke about the support for Brennan in the north.
      """, headline: Self.headline)
    #expect(text.stance("Harbor Fund") == .support)
    #expect(text.stance("Omar Haddad") == .oppose)
    #expect(text.stance("Luis Ortega") == nil, "the support of others")
  }

  /// What is "too" much is not done: "found Brennan too reckless to support".
  @Test func tooMuchToBackIsNotBacking() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Mayor Ana Ruiz found Brennan too reckless to support. Senator Luis Ortega thinks the race is far too close to call but backs Brennan. Judge Omar Haddad was too eager to endorse Brennan. Nina Patel too plans to back Brennan. Raj Mehta called Brennan too timid to support the ferry plan. Ana Diaz would not just yet endorse Brennan.
      """, headline: Self.headline)
    #expect(text.stance("Ana Ruiz") == .oppose)
    #expect(text.stance("Luis Ortega") == .support, "the too of another clause")
    #expect(text.stance("Omar Haddad") == .support, "too eager is no refusal")
    #expect(text.stance("Nina Patel") == .support, "too as also")
    #expect(text.stance("Raj Mehta") == .oppose, "called him too timid; what he would support is the plan")
    #expect(text.stance("Ana Diaz") == .oppose, "not just yet denies")
  }

  /// In an actor's own words as well, a good word after "too" and another word is denied:
  /// "too old to support" says no.
  @Test func tooMuchToBackInOnesOwnWordsIsNotBacking() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday.

      Ana Ruiz, a retired nurse, said she wanted a change in Columbus, but found Brennan too old to support.

      "I like his plans, but he is too old to support," said Omar Haddad, a teacher.
      """, headline: Self.headline)
    #expect(text.stance("Ana Ruiz") == .oppose)
    #expect(text.stance("Omar Haddad") == .oppose)
  }

  /// An excess denied ("never too busy to help", "not too old to win") denies nothing, and a
  /// noun after "to" is no verb to deny ("too indifferent to suffering").
  @Test func aDeniedExcessOrANounAfterTooDeniesNothing() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday.

      "Brennan is never too busy to help people," said Ana Diaz, a nurse.

      "Brennan is not too old to win," said Raj Mehta, a farmer.

      Lia Park said Brennan was not too old to endorse.

      "Brennan is too indifferent to suffering," said Omar Haddad, a teacher.
      """, headline: Self.headline)
    #expect(text.stance("Ana Diaz") == .support)
    #expect(text.stance("Raj Mehta") == .support)
    #expect(text.stance("Lia Park") == .support)
    #expect(text.stance("Omar Haddad") == .oppose)
  }

  @Test func aHolderNounGivesTheNameBesideItAStance() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. Dana Whitfield, a Brennan supporter, waved a flag. Longtime Brennan critic Paul Mercer left early.
      """, headline: Self.headline)
    #expect(text.stance("Dana Whitfield") == .support)
    #expect(text.stance("Paul Mercer") == .oppose)
  }

  @Test func aPronounObjectStandsForTheCandidate() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. Brennan spoke in Dayton on Friday. Senator Luis Ortega attacked him over the budget.
      """, headline: Self.headline)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.evidence("Luis Ortega").contains { $0.contains("attacked him") })
  }

  @Test func aQuoteGivesOnlyItsSpeakerAStance() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. “I will vote for Brennan in November,” said Nina Patel, a nurse. “Victor Hale has always opposed Brennan,” said Paula Reyes.
      """, headline: Self.headline)
    #expect(text.stance("Nina Patel") == .support)
    #expect(text.evidence("Nina Patel").contains { $0.contains("vote for Brennan") })
    #expect(text.stance("Victor Hale") == nil)
  }

  @Test func callingForARepealOpposes() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019. Senator Luis Ortega has called for the complete repeal of the Farm Act. Mayor Alice Okafor voted to abolish the Farm Act. The Farmers Union called for the Farm Act to stay.
      """, headline: "The Farm Act splits the Senate")
    #expect(text.annotations.topics.first?.name == "Farm Act")
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == .oppose)
    #expect(text.stance("Farmers Union") == .support)
  }

  @Test func callingOnSomeoneToDropItOpposes() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019. Senator Luis Ortega called on the governor to drop the Farm Act. Mayor Alice Okafor called for the Farm Act to stay.
      """, headline: "The Farm Act splits the Senate")
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == .support)
  }

  @Test func aMentionWithoutAStanceVerbGivesNoStance() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Pastor Grace Lin met Brennan last year and spoke about the harvest. Mayor Alice Okafor supported the new bridge, and Brennan toured it.
      """, headline: Self.headline)
    #expect(text.stance("Grace Lin") == nil)
    #expect(text.stance("Alice Okafor") == nil)
  }
}

/// An actor's own quoted words on the topic, scored by the polarity of their words with
/// negation and contrast.
@Suite("Quoted polarity")
struct QuotedPolarityTests {
  @Test func polarWordsInAnActorsOwnQuote() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “The Harbor Tunnel plan is a wonderful gift to this city,” said Maria Soto, who runs a bakery. “The Harbor Tunnel plan is a disaster for the river,” said Ian Brody. “The Harbor Tunnel plan is not a disaster, but it is a terrible waste of money,” said Omar Reed. “The Harbor Tunnel plan comes up on Tuesday,” said Lena Voss.
      """)
    #expect(text.annotations.topics.first?.name == "Harbor Tunnel")
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.evidence("Maria Soto").contains { $0.contains("wonderful gift") })
    #expect(text.stance("Ian Brody") == .oppose)
    #expect(text.stance("Omar Reed") == .oppose)
    #expect(text.stance("Lena Voss") == .neutral)
  }

  /// "kind of" is a hedge, no kindness: "kind of robotic" is not praise (VADER reads it so).
  @Test func kindOfIsAHedgeNotAKindWord() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “The Harbor Tunnel plan is totally scripted and kind of robotic,” said Ian Brody. “The Harbor Tunnel plan is kind to the river,” said Maria Soto.
      """)
    #expect(text.stance("Ian Brody") != .support)
    #expect(text.stance("Maria Soto") == .support)
  }

  /// After a verb of saying or thinking the topic opens the clause it takes ("we believe the
  /// plan is …"), so the words after it judge the topic; after another verb it is an object.
  @Test func theTopicAfterAVerbOfThinkingIsTheSubjectOfItsClause() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “We believe the Harbor Tunnel plan is a wonderful gift to this city,” said Maria Soto. “I think the Harbor Tunnel plan is a terrible waste of money,” said Ian Brody. “We studied the Harbor Tunnel plan and the wonderful view is lovely,” said Lena Voss.
      """)
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.stance("Ian Brody") == .oppose)
    #expect(text.stance("Lena Voss") == .neutral)
  }

  /// "the burden of the plan would …": what is said of a noun whose "of" names the topic is
  /// said of the topic; a noun after a verb is its object, no subject.
  @Test func aNounOfTheTopicOpeningAClauseJudgesTheTopic() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. Ian Brody said the burden of the Harbor Tunnel plan would crush small shops. Maria Soto said the benefits of the Harbor Tunnel plan were plain to see. Lena Voss said she read the story of the Harbor Tunnel plan with a wonderful sense of hope.
      """)
    #expect(text.stance("Ian Brody") == .oppose)
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.stance("Lena Voss") != .support)
    // People of the topic, its end or its failure are not the topic.
    let apart = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. Ian Brody said critics of the Harbor Tunnel plan are dishonest and wrong. Maria Soto said the end of the Harbor Tunnel plan would be a wonderful day. Omar Reed said the failure of the Harbor Tunnel plan would be a disaster.
      """)
    #expect(apart.stance("Ian Brody") != .oppose)
    #expect(apart.stance("Maria Soto") != .support)
    #expect(apart.stance("Omar Reed") != .oppose)
  }

  /// "nothing as shameful as the plan": the topic as the standard of an "as … as" comparison
  /// takes the adjectives, whatever negation the comparison has; "as well as" compares nothing.
  @Test func theTopicAsTheStandardOfAComparisonTakesItsAdjectives() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “I have never seen anything as reckless, as shameful as this version of the Harbor Tunnel plan,” said Ian Brody. “Few ideas are as wise as the Harbor Tunnel plan,” said Maria Soto. “We studied the bridge as well as the Harbor Tunnel plan,” said Lena Voss.
      """)
    #expect(text.stance("Ian Brody") == .oppose)
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.stance("Lena Voss") != .support)
    // Its end or its opponents are not the topic; "as well as" after another "as" compares
    // nothing; a multiple makes the standard the less so.
    let apart = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “Nothing would be as good as the end of the Harbor Tunnel plan,” said Ian Brody. “I have never met people as brave as the opponents of the Harbor Tunnel plan,” said Omar Reed. “We rejected the bridge as too costly, as well as the Harbor Tunnel plan,” said Lena Voss. “The new bridge is twice as safe as the Harbor Tunnel plan,” said Maria Soto.
      """)
    for name in ["Ian Brody", "Omar Reed", "Lena Voss", "Maria Soto"] { #expect(apart.stance(name) != .support, "\(name)") }
  }

  /// "is a terrible ordinance": the one word between "be" and a determiner and the topic's noun
  /// in a speaker's own words judges it, a negation turning it around; not a noun before the
  /// head, a clause that supposes, or one a "but" answers.
  @Test func whatTheSpeakerSaysTheTopicIsJudgesIt() throws {
    let text = try AnnotatedText(
      """
      The council votes on the parking ordinance in May. “It is a terrible ordinance,” said Ian Brody. “Frankly, that is not a bad ordinance,” said Maria Soto. “We have studied the ordinance,” said Lena Voss.
      """, headline: "Council Weighs Parking Ordinance")
    #expect(text.stance("Ian Brody") == .oppose)
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.stance("Lena Voss") == .neutral)
    let not = try AnnotatedText(
      """
      The council votes on the parking ordinance in May. “This is a crime prevention ordinance,” said Ian Brody. “If this were a fair ordinance, nobody would complain,” said Maria Soto. “It is not a perfect ordinance, but it is a start,” said Lena Voss.
      """, headline: "Council Weighs Parking Ordinance")
    #expect(not.stance("Ian Brody") != .oppose)
    #expect(not.stance("Maria Soto") != .support)
    #expect(not.stance("Lena Voss") != .oppose)
  }

  /// Doubt before a stance word shows no side: "is not sure she can vote for X", "is undecided
  /// whether to back X".
  @Test func doubtBeforeAStanceWordShowsNoSide() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Mayor Alice Okafor is not sure she can vote for Brennan this time. Senator Luis Ortega remains undecided about backing Brennan. Judge Ana Reyes said she will vote for Brennan. Raj Mehta has no doubt he will vote for Brennan. Nina Patel is not sure of the date but will vote for Brennan.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Alice Okafor") == nil)
    #expect(text.stance("Luis Ortega") == nil)
    #expect(text.stance("Ana Reyes") == .support)
    #expect(text.stance("Raj Mehta") == .support, "a denied doubt")
    #expect(text.stance("Nina Patel") == .support, "doubt bears on its own clause")
  }

  /// "better than the plan": preferring something to the topic counts against it, a negated
  /// preference for it; "worse than", "more than" before no good word, "rather than", "no
  /// better than", a comparison by "less" and one supposed by "if" say nothing of it.
  @Test func preferringSomethingToTheTopicCountsAgainstIt() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “The old ferry is doing better with commuters than the Harbor Tunnel plan,” said Ian Brody. “No one has done more for the harbor than the Harbor Tunnel plan,” said Maria Soto. “A new bridge would be a more honest choice than the Harbor Tunnel plan,” said Omar Reed. “Nobody would make a better deal for us than the Harbor Tunnel plan,” said Lena Voss. “No one has done more damage to the harbor than the Harbor Tunnel plan,” said Raj Mehta. “I have no doubt the ferry is doing better than the Harbor Tunnel plan,” said Nina Patel.
      """)
    #expect(text.stance("Ian Brody") == .oppose)
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.stance("Omar Reed") == .oppose)
    #expect(text.stance("Lena Voss") == .support)
    #expect(text.stance("Raj Mehta") == .oppose)
    #expect(text.stance("Nina Patel") == .oppose, "a denied doubt tells")
    let apart = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “The bridge would be worse than the Harbor Tunnel plan,” said Ian Brody. “The bridge would cost more than the Harbor Tunnel plan can raise,” said Maria Soto. “We chose the bridge rather than the Harbor Tunnel plan,” said Omar Reed. “The ferry is no better than the Harbor Tunnel plan,” said Lena Voss. “If the ferry were better than the Harbor Tunnel plan, we would take it,” said Raj Mehta. “The bridge is a less clever design than the Harbor Tunnel plan,” said Ana Diaz. “I doubt the ferry is better than the Harbor Tunnel plan,” said Nina Patel.
      """)
    for name in ["Ian Brody", "Maria Soto", "Omar Reed", "Lena Voss", "Raj Mehta", "Ana Diaz", "Nina Patel"] { #expect(apart.stance(name) == nil || apart.stance(name) == .neutral, "\(name)") }
  }

  /// A topic after "why" or "how" opens its clause, and what follows is said of it; not after
  /// "if", whose clause asserts nothing, nor after "cannot see why", which asks.
  @Test func aTopicAfterAClauseWordIsItsSubject() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “This is why the Harbor Tunnel plan is a cruel waste of money,” said Ian Brody. “I know how the Harbor Tunnel plan will help our families,” said Maria Soto. “If the Harbor Tunnel plan fails, the city will lose a decade,” said Omar Reed. “I cannot see why the Harbor Tunnel plan is so popular,” said Lena Voss.
      """)
    #expect(text.stance("Ian Brody") == .oppose)
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.stance("Omar Reed") != .oppose)
    #expect(text.stance("Lena Voss") != .support, "a clause that is asked tells nothing")
  }

  /// Avoiding something good is bad, as failing or refusing it is.
  @Test func avoidingTurnsTheWordsAfterIt() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. “The Harbor Tunnel plan will avoid paying its fair share of the costs,” said Ian Brody. “The Harbor Tunnel plan will pay its fair share of the costs,” said Maria Soto.
      """)
    #expect(text.stance("Ian Brody") == .oppose)
    #expect(text.stance("Maria Soto") == .support)
  }

  @Test func aStanceWordIsSureTwoSentencesOfToneLikelyAndOneAGuess() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel plan goes to the council in May. Mayor Ana Lind opposes the Harbor Tunnel plan. “The Harbor Tunnel plan is a wonderful gift to this city,” said Maria Soto, who runs a bakery. “The Harbor Tunnel plan is a great, honest idea,” Soto added. “The Harbor Tunnel plan is a disaster for the river,” said Ian Brody. “The Harbor Tunnel plan comes up on Tuesday,” said Lena Voss.
      """)
    let confidence = { (name: String) in text.annotations.stances.first { $0.name == name }?.confidence }
    #expect(text.stance("Ana Lind") == .oppose)
    #expect(confidence("Ana Lind") == .high)
    #expect(text.stance("Maria Soto") == .support)
    #expect(confidence("Maria Soto") == .medium)
    #expect(confidence("Ian Brody") == .low)
    #expect(confidence("Lena Voss") == .low)
  }

  @Test func aQuoteNamingTheCandidateByPronoun() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. Brennan spoke in Dayton on Friday. “He has been a wonderful, honest governor,” said Maria Soto, who runs a bakery.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.evidence("Maria Soto").contains { $0.contains("wonderful") })
  }
}

/// An actor's words on the topic, quoted or reported, in a sentence naming it or a paragraph
/// about it, summed over everything the actor says.
@Suite("Quoted polarity over an actor's words")
struct ActorWordsPolarityTests {
  @Test func aQuoteInAParagraphAboutTheTopicCountsWithoutNamingIt() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan opened a clinic in Dayton on Friday. “This is the best thing to happen to our town in years,” said nurse Ada Quinn.

      The weather in Dayton was cold. “It was a dreadful, miserable morning,” said Peter Brown.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Ada Quinn") == .support)
    #expect(text.evidence("Ada Quinn").contains { $0.contains("best thing") })
    #expect(text.stance("Peter Brown") == nil)
  }

  /// A sentence of such a quote that names another actor and not the topic judges that actor.
  @Test func aSentenceAboutAnotherActorDoesNotJudgeTheTopic() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan toured the harbor on Monday. “Senator Luis Ortega has run a disgraceful, dishonest campaign,” said Nina Patel, a volunteer.

      Brennan visited a school on Tuesday. “Ortega was rude, and Brennan answered him brilliantly,” said Ana Diaz, a teacher.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Nina Patel") == nil)
    #expect(text.stance("Ana Diaz") == .support, "a sentence naming the topic too still counts")
  }

  @Test func reportedSpeechIsScoredLikeAQuote() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. Senator Luis Ortega said on Monday that Brennan had been a disastrous and dishonest governor.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Luis Ortega") == .oppose)
  }

  @Test func anActorsSentencesAreSummedAndTheAgreeingOnesAreTheEvidence() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan spoke in Dayton on Friday. “Brennan is a brilliant, honest and generous leader who has done wonderful work for us. Brennan was a little late today,” said Maria Soto.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Maria Soto") == .support)
    #expect(text.evidence("Maria Soto").allSatisfy { !$0.contains("late") })
  }

  @Test func aCommentatorsJudgementsAreAnalysisNotASide() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019. “Brennan has been a disastrous, dishonest governor,” said Jane Roe, a political science professor at the state university. “Brennan has been a disastrous, dishonest governor,” said Ann Lee, who runs a bakery.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Jane Roe") == .neutral)
    #expect(text.stance("Ann Lee") == .oppose)
  }

  /// A sentence naming a place and not the topic judges the place: a rival's "I still love
  /// Dayton" says nothing of the candidate the paragraph is about.
  @Test func aSentenceAboutAPlaceDoesNotJudgeTheTopic() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan won the vote in Dayton on Tuesday. Senator Luis Ortega, who lost, told his volunteers, “I still love Dayton, and I always will.”
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Luis Ortega") == nil)
  }

  /// "Not only … but" adds both halves; a clause of "if" or "unless" supposes and judges
  /// nothing, so what the sentence says is in its main clause.
  @Test func notOnlyAddsAndASuppositionCountsForNothing() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan spoke in Dayton on Friday. “Brennan is not only a liar, but he is also late,” said Nina Patel. “If Brennan thinks his plan brings prosperity and peace, he is completely crazy,” said Omar Reed. “If Brennan wins we all lose and the town is ruined,” said Ana Diaz. “I wonder if anyone is worse than Brennan,” said Raj Mehta.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Nina Patel") == .oppose)
    #expect(text.stance("Omar Reed") == .oppose)
    #expect(text.stance("Ana Diaz") == .oppose, "an opening if with no comma to close it")
    #expect(text.stance("Raj Mehta") == .oppose, "if after a word of asking supposes nothing")
  }

  /// A clause of "whether" asks and judges nothing: "whether they decide to launch attacks on
  /// Brennan" is no attack of the speaker's, nor "whether to support or oppose".
  @Test func aClauseOfWhetherCountsForNothing() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan spoke in Dayton on Friday. “It depends on the polls and whether they launch vicious attacks on Brennan,” said Nina Patel, who runs a bakery. Omar Reed, a farmer, said he had not decided whether to support or oppose Brennan. “Whether you like it or not, Brennan is a brilliant and honest leader,” said Ana Diaz.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Nina Patel") != .oppose)
    #expect(text.stance("Omar Reed") != .support)
    #expect(text.stance("Ana Diaz") == .support, "the main clause after a closed whether-clause counts")
    let asked = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan spoke in Dayton on Friday. “I wonder whether Brennan has any shame left after this disgraceful mess,” said Nina Patel.
      """, headline: StanceVerbTests.headline)
    #expect(asked.stance("Nina Patel") == .oppose, "whether after a word of asking is no supposition")
  }

  /// In a paragraph about a man, a quoted sentence speaking of "she" and not of him judges a
  /// woman, and the other way round; a sentence with his pronoun too still counts.
  @Test func aSentenceAboutSomeoneOfTheOtherSexDoesNotJudgeTheTopic() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan spoke in Dayton on Friday, a day after his rival did. “Every time she opens her mouth, I think she is lying,” said Nina Patel. “She is lying, and he is a liar too,” said Ana Diaz.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Nina Patel") == nil)
    #expect(text.stance("Ana Diaz") == .oppose)
    let kin = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan spoke in Dayton on Friday. “I told my daughter she should never trust a liar and a coward like that,” said Nina Patel.
      """, headline: StanceVerbTests.headline)
    #expect(kin.stance("Nina Patel") == .oppose, "she may be the daughter the sentence names")
  }

  /// Words of a name say nothing good or bad: meeting Joy Fisher is no joy.
  @Test func theWordsOfANameCarryNoTone() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      Brennan spoke in Dayton on Friday. “Brennan will meet Joy Fisher and Hope Lopez on Monday,” said Nina Patel.
      """, headline: StanceVerbTests.headline)
    #expect(text.stance("Nina Patel") == .neutral)
  }

  @Test func stancesAreFoundOnTheSecondTopicToo() throws {
    let text = try AnnotatedText(
      """
      The Harbor Tunnel and the Lakeside Rail Link divide the council. Canada Steel supports the Harbor Tunnel. The Riverside League opposes the Lakeside Rail Link. The Harbor Tunnel would cost two billion, and the Lakeside Rail Link one billion.
      """, headline: "Harbor Tunnel and Lakeside Rail Link split the council")
    #expect(text.annotations.topics.count == 2)
    #expect(text.annotations.stances.contains { $0.name == "Canada Steel" && $0.target == "Harbor Tunnel" && $0.polarity == .support })
    #expect(text.annotations.stances.contains { $0.name == "Riverside League" && $0.target == "Lakeside Rail Link" && $0.polarity == .oppose })
  }
}
