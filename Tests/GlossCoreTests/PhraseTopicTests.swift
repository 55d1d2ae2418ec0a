import Testing

@testable import GlossCore

/// Topics named by a common noun (``PhraseTopicFinder``): a bill or a plan with no name of its
/// own that the headline names and the body comes back to (or, when nothing else is a topic,
/// that the body comes back to often), with the stances on it, on articles written for these
/// tests.
@Suite("Phrase topics")
struct PhraseTopicTests {
  static let bill = """
    Senator Luis Ortega sponsored the bill in March. The bill would raise ferry fares by a third. Mayor Alice Okafor voted against the bill on Tuesday. "The bill is a disgrace," said Nina Patel, a commuter. The Harbor Council has not taken a side on the bill.
    """

  @Test func aBillTheHeadlineNamesIsATopicWithItsStances() throws {
    let text = try AnnotatedText(Self.bill, headline: "Ferry Fare Bill Splits Harbor Towns")
    let topic = try #require(text.annotations.topics.first { $0.name == "the bill" })
    #expect(topic.entity == nil, "a phrase is no entity")
    #expect(text.stance("Luis Ortega") == .support)
    #expect(text.stance("Alice Okafor") == .oppose)
    #expect(text.stance("Nina Patel") == .oppose)
    #expect(text.evidence("Alice Okafor").contains { $0.contains("voted against the bill") })
    #expect(text.annotations.stances.allSatisfy { $0.target == "the bill" })
  }

  /// A noun the headline does not name is the topic only of an article with no other: here the
  /// body comes back to "the bill" five times and names nothing else that makes a topic; once
  /// the headline names a fund the body speaks of, the fund is the topic and the bill is not.
  @Test func aNounTheHeadlineDoesNotNameIsATopicOnlyWhenNothingElseIs() throws {
    let alone = try AnnotatedText(Self.bill, headline: "Harbor Towns Argue Over Ferries")
    #expect(alone.annotations.topics.map(\.name) == ["the bill"])
    let fund = try AnnotatedText(
      Self.bill + " The Tern Ferry Fund pays for the boats, and the Tern Ferry Fund would get the new fares.",
      headline: "Harbor Towns Argue Over the Tern Ferry Fund")
    #expect(fund.annotations.topics.map(\.name) == ["Tern Ferry Fund"])
  }

  @Test func aNounDescribingTheNextOneIsNotItsHead() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan unveiled the tax plan on Monday. The plan would cut the sales tax. Senator Luis Ortega praised the plan. The Farmers Union opposed the plan at its meeting.
      """, headline: "Brennan Tax Plan Draws Praise")
    let names = text.annotations.topics.map(\.name)
    #expect(names.contains("the plan"))
    #expect(!names.contains("the tax"), "\"tax\" describes the plan in the headline")
    #expect(text.annotations.stances.first { $0.name == "Farmers Union" && $0.target == "the plan" }?.polarity == .oppose)
  }

  @Test func aNounAfterAThingsNameIsLeftToTheName() throws {
    let text = try AnnotatedText(ChosenTopicStanceTests.body, headline: "Keystone XL Pipeline Divides Region")
    #expect(text.annotations.topics.first?.name == "Keystone XL")
    #expect(!text.annotations.topics.contains { $0.name == "the pipeline" })
  }

  @Test func aPhraseTopicDoesNotPushThePeopleOffTheList() throws {
    let text = try AnnotatedText(
      """
      Governor Tom Brennan wants a second term. Brennan signed the ban in May. The ban closed the north shore to trawlers. Senator Luis Ortega endorsed Brennan on Friday. The Farmers Union condemned the ban at its meeting.
      """, headline: "Brennan Defends Trawler Ban As Race Heats Up")
    let names = text.annotations.topics.map(\.name)
    #expect(names.contains("the ban") && names.contains("Tom Brennan"))
    #expect(text.annotations.stances.contains { $0.name == "Luis Ortega" && $0.target == "Tom Brennan" && $0.polarity == .support })
    #expect(text.annotations.stances.contains { $0.name == "Farmers Union" && $0.target == "the ban" && $0.polarity == .oppose })
  }

  @Test func stancesOnAChosenPhrase() throws {
    let text = try AnnotatedText(Self.bill, headline: "Harbor Towns Argue Over Ferries")
    let stances = Annotator().stances(of: text.article, annotations: text.annotations, on: Topic(name: "the bill"))
    #expect(stances.first { $0.name == "Alice Okafor" }?.polarity == .oppose)
    #expect(stances.allSatisfy { $0.target == "the bill" })
  }

  /// The words that describe the topic are its own, not a bad object between the verb and it.
  @Test func aBadWordInsideTheReferenceDoesNotTurnTheSide() throws {
    let text = try AnnotatedText(
      """
      Senator Luis Ortega asked the Senate to reject the reckless bill. The bill would raise ferry fares by a third. The bill goes to a vote on Friday.
      """, headline: "Ferry Fare Bill Splits Harbor Towns")
    #expect(text.stance("Luis Ortega") == .oppose)
  }

  /// A quoted clause whose subject opens with "those" or "these" judges it: "those remarks are a
  /// disgrace".
  @Test func aQuotedJudgementAfterThoseCounts() throws {
    let text = try AnnotatedText(
      """
      Mayor Dana Okonkwo spoke on Tuesday about the remarks that council member Lino Ruiz made about ferry fares. "She is wrong, and those remarks are a disgrace," Okonkwo said. The remarks drew wide notice.
      """, headline: "Mayor Calls Ruiz Remarks On Ferry Fares A Mistake")
    #expect(text.annotations.stances.first { $0.name == "Dana Okonkwo" && $0.target == "the remarks" }?.polarity == .oppose)
  }

  /// A headline that names one measure means it by any noun for a measure in the body, and a
  /// headline's verb after "to" names the act its noun does: "Votes to Ban Phones" … "under the
  /// policy" … "supported the ban".
  @Test func aHeadlinesOneMeasureIsMeantByAnyNounForAMeasure() throws {
    let text = try AnnotatedText(
      """
      The Tarrow School Board voted on Monday to keep phones out of classrooms. Under the policy, pupils must lock their phones away. The rule starts in January. The Tarrow Teachers Guild supported the ban.
      """, headline: "School Board Votes to Ban Phones")
    #expect(text.annotations.topics.map(\.name) == ["the ban"])
    #expect(text.annotations.stances.first { $0.name == "Tarrow Teachers Guild" }?.polarity == .support)
  }

  /// "Rent Cap Proposal": the cap is the proposal, and "any cap" refers to it.
  @Test func aMeasureBeforeTheHeadlinesMeasureIsTheSameThing() throws {
    let text = try AnnotatedText(
      """
      A proposal to limit rent rises drew crowds on Thursday. Ana Ruiz, who wrote the ordinance, said rents had soared. Councilman Tom Lund said he would vote against any cap.
      """, headline: "Rent Cap Proposal Draws Crowds")
    #expect(text.annotations.topics.map(\.name) == ["the proposal"])
    #expect(text.stance("Tom Lund") == .oppose)
  }

  /// What a headline's verb of deciding takes as object is a measure too ("Approves Bike
  /// Lanes" … "the lanes" … "voted against the plan"), when the body writes its noun alone
  /// after a determiner; "gun control", never written so, is no topic.
  @Test func whatTheHeadlineSaysIsDecidedIsAMeasure() throws {
    let text = try AnnotatedText(
      """
      The council voted 5-2 on Tuesday to approve protected bike lanes along the river. Councilwoman Ana Ruiz, who sponsored the measure, said the lanes would keep children safe. Councilman Tom Lund voted against the plan.
      """, headline: "Tarrow Council Approves Bike Lanes In 5-2 Vote")
    #expect(text.annotations.topics.map(\.name).contains("the lanes"))
    #expect(text.stance("Ana Ruiz") == .support)
    #expect(text.stance("Tom Lund") == .oppose)
    let control = try AnnotatedText(
      """
      Senators met on Tuesday. Democrats want the chamber to pass gun control this year. Senator Ana Ruiz voted against the bill in May, and Senator Tom Lund backed the proposal.
      """, headline: "Senate Weighs Gun Control")
    #expect(!control.annotations.topics.map(\.name).contains("the control"))
  }

  /// An adverb between a name and its verb leaves the name the verb's subject ("Reed strongly
  /// opposed"), and a time or a clause after the object ends the object's phrase ("the plan
  /// last spring", "the plan because it is cheap").
  @Test func anAdverbBeforeTheVerbOrATimeAfterTheObjectKeepsTheStance() throws {
    let text = try AnnotatedText(
      """
      The council debated the plan on Monday. The plan would add a ferry to the island. Councilman Tom Reed strongly opposed the plan. Councilwoman Ana Ruiz backed the plan last spring. Mayor Mia Lund supports the plan because it is cheap.
      """, headline: "Council Weighs Ferry Plan")
    #expect(text.stance("Tom Reed") == .oppose)
    #expect(text.stance("Ana Ruiz") == .support)
    #expect(text.stance("Mia Lund") == .support)
    let weekly = try AnnotatedText(
      "The council debated the plan on Monday. The plan would add a ferry. The Tarrow weekly newsletter praised the plan.",
      headline: "Council Weighs Ferry Plan")
    #expect(weekly.stance("Tarrow") == nil, "an adjective in -ly after a name describes a noun")
  }

  /// Local news fights over a strike (or walkout), a closure, a fee or a rezoning as much as
  /// over a bill.
  @Test func aStrikeOrAClosureIsATopicToo() throws {
    let strike = try AnnotatedText(
      """
      Bus drivers stayed off the job for a third day on Wednesday. Union leader Ana Ruiz backed the strike at a rally. Mayor Tom Lund condemned the strike as reckless.
      """, headline: "Tarrow Bus Strike Enters Third Day")
    #expect(strike.annotations.topics.map(\.name).contains("the strike"))
    #expect(strike.stance("Ana Ruiz") == .support)
    #expect(strike.stance("Tom Lund") == .oppose)
    let walkout = try AnnotatedText(
      """
      The strike has shut every bus line. The strike began on Monday. Mayor Ana Brisk condemned the walkout. Councilman Tom Reed backed the walkout.
      """, headline: "Drivers Strike Shuts Tarrow Buses")
    #expect(walkout.annotations.topics.map(\.name) == ["the strike"], "a walkout is the strike")
    #expect(walkout.stance("Ana Brisk") == .oppose)
    #expect(walkout.stance("Tom Reed") == .support)
    let closure = try AnnotatedText(
      """
      The city will shut the pool in June. Parents opposed the closure at Monday's meeting, and Councilman Dan Okafor defended the closure as the only way to save money.
      """, headline: "Pool Closure Draws Fire")
    #expect(closure.stance("Dan Okafor") == .support)
  }

  /// "it" right after a stance word stands for the phrase topic named just before it, and a
  /// clause opened by "when" has its own subject ("… when Lund voted for it"); a clause that
  /// opens the sentence on "when" ends at its comma.
  @Test func itAfterAStanceWordIsThePhraseNamedBefore() throws {
    let text = try AnnotatedText(
      """
      The council debated the plan on Monday. The plan would add a ferry to the island. Councilwoman Nina Patel voted against it. Mayor Dan Okafor praised the plan when Councilman Tom Lund attacked it. When the vote came in May, Councilwoman Ana Ruiz backed the plan.
      """, headline: "Council Weighs Ferry Plan")
    #expect(text.stance("Nina Patel") == .oppose)
    #expect(text.stance("Tom Lund") == .oppose)
    #expect(text.stance("Dan Okafor") == .support)
    #expect(text.stance("Ana Ruiz") == .support)
  }

  /// What is no measure stays no topic: a headline's object that a storm or the police act on,
  /// a crowd drawn, a person's pick (its owner is no head), a noun after "to" that follows no
  /// verb; a measure the body qualifies is another ("the gym plan"), "any plan that …" is none
  /// in particular, and a budget the headline names takes no fee's stance.
  @Test func whatIsNoMeasureTakesNoStances() throws {
    let flights = try AnnotatedText(
      "The airport closed at noon. The flights would resume by evening. Tom Lund opposed the plan to close it.",
      headline: "Storm Delays Flights")
    #expect(!flights.annotations.topics.map(\.name).contains("the flights"))
    let crowd = try AnnotatedText(
      "The crowd was the largest yet. Tom Lund opposed the plan to move it.", headline: "Block Party Draws Crowd")
    #expect(!crowd.annotations.topics.map(\.name).contains("the crowd"))
    let pick = try AnnotatedText(
      "The council turned down the mayor on Monday. Tom Lund opposed the plan.", headline: "Council Rejects Mayor's Pick")
    #expect(!pick.annotations.topics.map(\.name).contains("the mayor"))
    let hours = try AnnotatedText(
      "Parents met on Monday. The curfew starts at ten. Tom Lund opposed the plan for a new gym.", headline: "Parents Object to Curfew Hours")
    #expect(hours.stance("Tom Lund") == nil)
    let gym = try AnnotatedText(
      """
      The board voted on Monday to keep phones out of classrooms. Under the policy, pupils lock their phones away. Ana Ruiz supported the ban. Tom Lund opposed the gym plan. Mia Okafor said she would support any plan that keeps pupils safe.
      """, headline: "Board Votes to Ban Phones")
    #expect(gym.stance("Ana Ruiz") == .support)
    #expect(gym.stance("Tom Lund") == nil)
    #expect(gym.stance("Mia Okafor") == nil)
    let budget = try AnnotatedText(
      "The budget adds two buses. The budget also raises the parking fee. Tom Lund opposed the fee.", headline: "Council Approves Budget")
    #expect(budget.annotations.stances.first { $0.name == "Tom Lund" && $0.target == "the budget" } == nil)
    let verbs = try AnnotatedText(
      "The firm will recall the cars. The dealers may recall the vans. The owners should recall the trucks.",
      headline: "Carmaker Checks Its Brakes")
    #expect(!verbs.annotations.topics.map(\.name).contains("the recall"), "after a modal the noun's spelling is a verb")
  }

  /// "welcomed the vote", "praised the decision": the words for the decision a headline reports
  /// on its measure are the measure when the decision adopted it ("Approves", "Votes to",
  /// "Wins Approval") and turn the side when it turned the measure down ("Rejects", "Fails to
  /// Pass"), in stance words and in what a speaker says of it ("This decision is a disaster");
  /// not a vote on something named after it, "the ruling party", a decision the headline only
  /// says is coming ("Moves to Scrap"), nor one of two it reports.
  @Test func theDecisionTheHeadlineReportsStandsForItsMeasure() throws {
    let adopted = try AnnotatedText(
      """
      The council voted 6-1 on Tuesday to cap short-term rentals at 200 permits. The cap will take effect in March. Councilman Tom Reed cast the lone vote against the cap.

      The Tarrow Teachers Union welcomed the vote. Tenant leader Ana Brisk praised the decision. Landlord Omar Hale called on the council to reverse the decision.
      """, headline: "Council Approves Rental Cap")
    #expect(adopted.stance("Tom Reed") == .oppose)
    #expect(adopted.stance("Tarrow Teachers Union") == .support)
    #expect(adopted.stance("Ana Brisk") == .support)
    #expect(adopted.stance("Omar Hale") == .oppose)
    let rejected = try AnnotatedText(
      """
      Voters turned down a parcel tax for the library on Tuesday. The tax would have raised $2 million a year. Librarian Ana Brisk said the tax was the only way to keep branches open.

      Taxpayer leader Omar Hale welcomed the vote. Councilman Tom Reed criticized the decision.
      """, headline: "Voters Reject Library Tax")
    #expect(rejected.stance("Omar Hale") == .oppose)
    #expect(rejected.stance("Tom Reed") == .support)
    let said = try AnnotatedText(
      """
      Voters turned down a parcel tax for the library on Tuesday. The tax would have raised $2 million a year. Librarian Ana Brisk said the tax was the only way to keep branches open.

      "This decision is a disaster for our children," said Omar Hale.
      """, headline: "Voters Reject Library Tax")
    #expect(said.stance("Omar Hale") == .support, "what is said of a decision against the tax is said for it")
    let approval = try AnnotatedText(
      """
      State regulators approved the merger of two county banks on Friday. The merger will close four branches. Bank chief Omar Hale praised the decision, and Councilman Tom Reed condemned the ruling.
      """, headline: "Bank Merger Wins State Approval")
    #expect(approval.stance("Omar Hale") == .support)
    #expect(approval.stance("Tom Reed") == .oppose)
    let pipeline = try AnnotatedText(
      """
      An appeals court on Monday upheld the state's permit for the pipeline. The pipeline would carry gas across three counties. Farmer Tom Reed has fought the pipeline for years. The builder, Omar Hale, welcomed the ruling.
      """, headline: "Court Upholds Pipeline Permit")
    #expect(pipeline.annotations.stances.contains { $0.name == "Omar Hale" && $0.target == "the pipeline" && $0.polarity == .support })
    let other = try AnnotatedText(
      """
      The council will take up the cap in May. The cap would limit rentals. Omar Hale welcomed the vote on the school bond.
      """, headline: "Council Weighs Rental Cap")
    #expect(other.stance("Omar Hale") == nil)
    let refused = try AnnotatedText(
      """
      The council deadlocked 3-3 on the cap on Tuesday. The cap would have limited rentals. Mayor Ana Brisk criticized the vote.
      """, headline: "Council Fails to Pass Rental Cap")
    #expect(refused.stance("Ana Brisk") == .support)
    let unsure = try AnnotatedText(
      """
      The mayor wants to end the cap. The cap limits rentals. Tom Reed backed the cap. Omar Hale welcomed the decision, and Ana Brisk attacked the ruling party.
      """, headline: "Mayor Moves to Scrap Rental Cap")
    #expect(unsure.stance("Tom Reed") == .support)
    #expect(unsure.stance("Omar Hale") == nil)
    #expect(unsure.stance("Ana Brisk") == nil)
    let two = try AnnotatedText(
      """
      The budget adds two buses. The budget passed 5-2. Omar Hale praised the vote.
      """, headline: "Council Approves Budget, Rejects Tax Hike")
    #expect(two.stance("Omar Hale") == nil)
    let intent = try AnnotatedText(
      """
      The board wants to keep phones out of classrooms. The ban would start in May. Tom Reed backed the ban. Omar Hale welcomed the decision.
      """, headline: "Board Seeks to Ban Phones")
    #expect(intent.stance("Tom Reed") == .support)
    #expect(intent.stance("Omar Hale") == nil)
  }

  /// A restriction is opposed by lifting it and supported by keeping it ("voted to lift the
  /// cap", "voted to keep the cap"), a negation turning either; what else such a verb takes is
  /// no side ("eased concerns about the curfew", "lifted spirits despite the curfew", "keep the
  /// curfew from spreading"), and enforcing is none.
  @Test func liftingARestrictionOpposesItAndKeepingItSupportsIt() throws {
    let text = try AnnotatedText(
      """
      The Calder City Council approved a curfew for teenagers on Tuesday. The curfew begins at ten on weeknights. Critics say the curfew will be hard to enforce.

      Councilman Abe Stone voted to lift the curfew next year. Councilwoman Ida Ruiz voted to extend the curfew. Tom Yates wants the council to lift the curfew. Councilman Raj Mehta did not vote to lift the curfew. Councilwoman Lena Voss eased concerns about the curfew. Councilman Omar Hale extended the deadline for comments on the curfew.

      Singer Mia Okafor lifted spirits despite the curfew. Grocer Nina Patel kept her shop open until the curfew. Chief Dan Cole said officers would enforce the curfew. Councilwoman Ana Diaz voted to keep the curfew from spreading.
      """, headline: "Council Approves Curfew for Teens")
    #expect(text.annotations.topics.map(\.name) == ["the curfew"])
    #expect(text.stance("Abe Stone") == .oppose)
    #expect(text.stance("Ida Ruiz") == .support)
    #expect(text.stance("Tom Yates") == .oppose)
    #expect(text.stance("Raj Mehta") == .support, "a negation turns it")
    #expect(text.stance("Lena Voss") == nil)
    #expect(text.stance("Omar Hale") == nil)
    for name in ["Mia Okafor", "Nina Patel", "Ana Diaz"] {
      #expect(text.stance(name) == nil, "the curfew is not what \(name)'s verb lifts or keeps")
    }
    #expect(text.stance("Dan Cole") != .support, "enforcing is no side")
  }
}
