import Testing

@testable import GlossCore

/// Reported speech without quotation marks, on sentences written for this test: verbs of
/// conclusion and feeling before "that", every statement of a sentence, a participle that
/// shares the subject of the verb before it, any short phrase after "according to", and a verb
/// after the clause it reports; a claim's owner ("Lee's claim that …") as its speaker; no report
/// from a relative clause's verb or a request for a thing.
@Suite("Reported speech without quotation marks")
struct ReportedSpeechTests {
  @Test func verbsOfConclusionAndFeelingReportAClause() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Tom Reed concluded that the buses would never pay for themselves.

      Ann Cole fears that the ferry will stop in the winter.
      """)
    #expect(text.quote("the buses would never pay")?.kind == .indirect)
    #expect(text.speaker(of: "the buses would never pay") == "Tom Reed")
    #expect(text.speaker(of: "the ferry will stop") == "Ann Cole")
  }

  @Test func whateverFollowsAccordingToIsTheSource() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      The ferry carried fewer passengers than in any year before, according to the latest figures.
      """)
    let quote = try #require(text.quote("fewer passengers"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker?.name == "the latest figures")
  }

  @Test func aVerbAfterTheClauseReportsIt() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      The ferry uses the same old engine over and over again, said Tom Varek, a member of the council. The crane is broken, officials said Tuesday.
      """)
    #expect(text.quote("the same old engine")?.kind == .indirect)
    #expect(text.speaker(of: "the same old engine") == "Tom Varek")
    #expect(text.speaker(of: "The crane is broken") == "officials")
  }

  @Test func eachStatementOfASentenceIsReported() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      The plan will fail, Tom Reed said, and Ann Cole said the council had no money left.
      """)
    let quote = try #require(text.quote("the council had no money left"))
    #expect(quote.text == "the council had no money left")
    #expect(quote.speaker?.name == "Ann Cole")
  }

  @Test func aParticipleAfterTheVerbSharesItsSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      "We are ready," Harriet Lowe said, adding that the vote would take place in the spring.
      """)
    #expect(text.quote("the vote would take place")?.kind == .indirect)
    #expect(text.speaker(of: "the vote would take place") == "Harriet Lowe")
  }

  /// A reporting verb coordinated to the sentence's first verb shares its subject, and words
  /// of time may stand between the verb and its "that".
  @Test func aCoordinatedVerbAndWordsOfTimeBeforeThat() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday.

      Ana Ruiz visited the new bridge twice and said the council had wasted the money. Tom Reed said earlier on Friday at a meeting with voters that he would vote against the plan.
      """)
    #expect(text.speaker(of: "the council had wasted the money") == "Ana Ruiz")
    #expect(text.speaker(of: "he would vote against the plan") == "Tom Reed")
  }

  /// The day a statement was made, named right after its verb, is no part of what was said;
  /// a day that owns a noun or comes before a verb is the clause's subject.
  @Test func theDayAfterTheVerbIsNotReported() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday.

      Ana Ruiz said Sunday that the ferry would stop in the winter. Tom Reed said late Tuesday night he would vote against the plan. Mia Varek said this week that the dock was too small. Ida Holm said Monday's vote was a mistake. Eli Brandt said this week will decide the budget.
      """)
    #expect(text.quote("the ferry would stop")?.text == "the ferry would stop in the winter")
    #expect(text.quote("he would vote against")?.text == "he would vote against the plan")
    #expect(text.speaker(of: "he would vote against") == "Tom Reed")
    #expect(text.quote("the dock was too small")?.text == "the dock was too small")
    #expect(text.quote("vote was a mistake")?.text == "Monday's vote was a mistake")
    #expect(text.quote("will decide the budget")?.text == "this week will decide the budget")
    let said = try AnnotatedText(
      """
      The council met on Monday.

      Ana Ruiz said next week the ferry would stop. Tom Reed said this time the board would listen.
      """)
    #expect(said.quote("the ferry would stop")?.text == "next week the ferry would stop")
    #expect(said.quote("the board would listen")?.text == "this time the board would listen")
  }

  /// A "that" before a modal or a singular auxiliary is the reported clause's subject; a comma
  /// right after "that", or an "only" before it, is no part of the clause.
  @Test func aThatBeforeItsVerbIsTheSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday.

      Ana Ruiz said that was the wrong way to spend the money. Tom Reed argued that, for all its cost, the bridge would pay for itself. Mia Varek said that the ferry was full.
      """)
    #expect(text.quote("the wrong way to spend")?.text == "that was the wrong way to spend the money")
    #expect(text.quote("the bridge would pay")?.text == "for all its cost, the bridge would pay for itself")
    #expect(text.quote("the ferry was full")?.text == "the ferry was full")
    let named = try AnnotatedText(
      """
      The council met on Monday.

      Ana Ruiz said that Will Carter would run for the council. Tom Reed said only that the ferry was late.
      """)
    #expect(named.quote("would run for the council")?.text == "Will Carter would run for the council")
    #expect(named.quote("the ferry was late")?.text == "the ferry was late")
  }

  /// A participle after another verb of speech and its object shares that verb's subject, as
  /// one after the verb alone does; not when the subject follows its verb.
  @Test func aParticipleAfterAnObjectSharesTheSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday.

      Ray Dunmore, the port's pilot, urged a firm stand, saying that otherwise the board would fail. “We will fix it,” said Ana Ruiz, adding that the pier was old.
      """)
    #expect(text.speaker(of: "otherwise the board would fail") == "Ray Dunmore")
    #expect(text.speaker(of: "the pier was old") == "Ana Ruiz")
    let inverted = try AnnotatedText(
      """
      The council met on Monday.

      The plan is dead, said the mayor, adding that the vote would fail.
      """)
    #expect(inverted.speaker(of: "the vote would fail") == "the mayor")
  }

  /// A participle set off at the end of a sentence whose words before it follow a "that" (a
  /// relative clause or a demonstrative) shares the sentence's subject, not a run of the
  /// relative clause; one that may go with a person's participle in that clause is theirs.
  @Test func aParticipleAfterARelativeClauseSharesTheSentenceSubject() throws {
    let text = try AnnotatedText(
      """
      The harbour board met on Monday.

      Tom Reed defended that view on the radio, saying the board would cut fees. Ana Velde promoted her pier plan as a source of jobs that pay well, noting that she alone would cut fees. The board showed a film that had Mia Varek discussing the pier, saying that the pier was too small.
      """)
    #expect(text.speaker(of: "the board would cut fees") == "Tom Reed")
    #expect(text.speaker(of: "she alone would cut fees") == "Ana Velde")
    #expect(text.speaker(of: "the pier was too small") == "Mia Varek")
    // The sentence's subject is that of the clause the participle ends, after ", and".
    let joined = try AnnotatedText(
      """
      The harbour board met on Monday.

      The board met again on Friday, and Tom Reed argued that the fees were too high, saying that the pier would close.
      """)
    #expect(joined.speaker(of: "the pier would close") == "Tom Reed")
    // A preposition after a name is no participle of theirs.
    let during = try AnnotatedText(
      """
      The harbour board met on Monday.

      Tom Reed praised the film that showed Mia Varek during the storm, saying that the pier was too small.
      """)
    #expect(during.speaker(of: "the pier was too small") == "Tom Reed")
  }

  /// The verb of a clause opened by a conjunction has its subject after the conjunction: after
  /// a stretch of time ("Two days after"), after "as" set off by a comma, after "when"
  /// anywhere; a pronoun there stands for the person the sentence named before it, and a
  /// subject set off by commas ("Reed, though, said") is the sentence's.
  @Test func aClauseOpenedByAConjunctionHasItsSubjectAfterIt() throws {
    let text = try AnnotatedText(
      """
      The harbour board met on Monday.

      Two days after Governor Ana Velde announced that the pier would close, the board met again. The pilots met in Tarrowby, as the two unions agreed that the fees were too high. It is a bad sign when the dockers announce they will strike. Tom Reed drew criticism when he said the fees would rise. Mia Varek, though, said the pier could stay open.
      """)
    #expect(text.speaker(of: "the pier would close") == "Ana Velde")
    #expect(text.speaker(of: "the fees were too high") == "the two unions")
    #expect(text.speaker(of: "they will strike") == "the dockers")
    #expect(text.speaker(of: "the fees would rise") == "Tom Reed")
    #expect(text.speaker(of: "the pier could stay open") == "Mia Varek")
    // A conjunction in an aside before a trailing verb opens no clause of its.
    let aside = try AnnotatedText(
      """
      The harbour board met on Monday.

      “The fees are too high,” Tom Reed, once a critic of the plan, said.
      """)
    #expect(aside.speaker(of: "The fees are too high") == "Tom Reed")
  }

  /// A verb joined by "and" to a relative clause set off after a name shares that name as its
  /// subject; a verb joined after a quotation shares the subject of the first verb outside it.
  @Test func aVerbJoinedToARelativeClauseOrAfterAQuotation() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday.

      Tom Reed met Ann Cole, who opened the gate and said she would vote for the plan. “I hate the word 'cheap,'” Mia Varek said, but added that the dock was too small.
      """)
    #expect(text.speaker(of: "she would vote for the plan") == "Ann Cole")
    #expect(text.speaker(of: "the dock was too small") == "Mia Varek")
  }

  /// A day that ends the subject's words, with the participle or preposition before it, is no
  /// part of the subject.
  @Test func theDayAfterTheSubjectIsNotTheSpeaker() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday.

      A harbour board survey released Saturday found that most pilots wanted a new pier. Two port unions on Monday warned that the ferry would stop.
      """)
    #expect(text.speaker(of: "most pilots wanted") == "A harbour board survey")
    #expect(text.speaker(of: "the ferry would stop") == "Two port unions")
  }

  /// A clause after "reports that" or "claims that", reached past a preposition, gives those
  /// statements, not the words of the verb's subject; one after "in a report that" is theirs.
  @Test func theClauseOfOthersStatementsIsNotTheSubjects() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday.

      Ana Ruiz responded Friday to reports that the ferry would be sold. Tom Reed said in a report that the dock was too small.
      """)
    #expect(text.quote("the ferry would be sold") == nil)
    #expect(text.speaker(of: "the dock was too small") == "Tom Reed")
  }

  /// A headline that gives a claim after the one who makes it and a colon attributes it; a
  /// rubric before a colon names no one.
  @Test func aHeadlineClaimAfterItsSpeakerAndAColon() throws {
    let body = "Mayor Ana Ruiz spoke at the harbour on Monday. Ruiz said the work would start soon."
    let claim = try AnnotatedText(body, headline: "Ana Ruiz: Harbor Bridge Will Open in May")
    #expect(claim.speaker(of: "Harbor Bridge Will Open in May") == "Ana Ruiz")
    let poll = try AnnotatedText(body, headline: "Poll: Most Voters Back the Harbor Bridge")
    #expect(poll.speaker(of: "Most Voters Back the Harbor Bridge") == "Poll")
    let rubric = try AnnotatedText(body, headline: "The Latest: Harbor Bridge Will Open in May")
    #expect(rubric.quote("Harbor Bridge Will Open") == nil)
  }

  /// A weak verb ("reported", "noted") after the clause it reports needs a source that is a
  /// person, a body or a noun for one: "the numbers suggested" reports nothing.
  @Test func aWeakVerbAfterTheClauseNeedsANamedSource() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      The ferry was late again on Monday, the Tarrow Herald reported. Fares rose again this year, the numbers suggested.
      """)
    #expect(text.quote("The ferry was late again")?.kind == .indirect)
    #expect(text.speaker(of: "The ferry was late again") == "Tarrow Herald")
    #expect(text.quote("Fares rose again") == nil)
  }

  /// Any name after "according to" is the source, a thing's as much as a body's.
  @Test func aThingsNameAfterAccordingToIsTheSource() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Fares rose by a third in two years, according to the Harbour Price Index.
      """)
    #expect(text.quote("Fares rose by a third")?.kind == .indirect)
    #expect(text.speaker(of: "Fares rose by a third") == "Harbour Price Index")
  }

  /// Without "that", a reported clause opens with its subject (a noun phrase or a number) and
  /// has a verb of its own; a verb with an object reports nothing.
  @Test func aClauseWithoutThatOpensWithItsSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      The Tarrow Herald reported the old ferry had sunk near the harbour. Ann Cole announced the proposed route on Friday. The council says 3,000 people voted for the plan.
      """)
    #expect(text.quote("the old ferry had sunk")?.text == "the old ferry had sunk near the harbour")
    #expect(text.speaker(of: "the old ferry had sunk") == "Tarrow Herald")
    #expect(text.quote("the proposed route") == nil)
    #expect(text.speaker(of: "3,000 people voted") == "The council")
  }

  /// A cue word right before the reporting verb is its subject's noun ("A news report said"),
  /// and a phrase opened by any preposition and closed by a comma stands before the subject.
  @Test func aNounSpeltLikeACueAndAnOpeningPhraseBeforeTheSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      A news report said the mayor used a personal email account. Around the harbour, most people said they would vote for the mayor.
      """)
    #expect(text.speaker(of: "the mayor used a personal email") == "A news report")
    #expect(text.speaker(of: "they would vote for the mayor") == "most people")
  }

  /// A participle after a comma ("…, saying they …") opens a clause of its own: it reports no
  /// words before it, and its subject is the clause's before the comma.
  @Test func aParticipleAfterACommaReportsNothingBeforeIt() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      The officials declined to show any papers, saying they could not discuss the case.
      """)
    #expect(text.quote("declined to show any papers") == nil)
    #expect(text.speaker(of: "they could not discuss the case") == "The officials")
  }

  /// A subject of a poll: a participle right before its head noun is an adjective, and two
  /// numbers make a subject.
  @Test func aPollsShareOfPeopleSays() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Sixty percent of registered voters say they like the new bridge. About 4 in 10 say they want a second ferry.
      """)
    #expect(text.speaker(of: "they like the new bridge") == "Sixty percent of registered voters")
    #expect(text.speaker(of: "they want a second ferry") == "About 4 in 10")
  }

  /// "State" reports speech only right after its subject ("the report states that"); in "his
  /// home state of Ohio" or "on states in the north that hold votes" it is a noun.
  @Test func stateIsAVerbOnlyAfterItsSubject() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Ann Cole won the vote in the south, while Tom Reed wins in his home state of Ohio. The mayor has spent money on states in the north that hold votes in May. The report states that the ferry lost money.
      """)
    #expect(text.quote("Ann Cole won the vote") == nil)
    #expect(text.quote("hold votes in May") == nil)
    #expect(text.speaker(of: "the ferry lost money") == "The report")
  }

  /// "according to" after a clause of its own reports that clause, with or without a comma;
  /// after "that" it opens the next one.
  @Test func accordingToAfterAClauseWithoutAComma() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Tom Reed leads Ann Cole by 40 votes according to a count by the Tarrow Herald. The clerk said that according to the count, the vote was close.
      """)
    #expect(text.quote("Tom Reed leads Ann Cole")?.text == "Tom Reed leads Ann Cole by 40 votes")
    #expect(text.speaker(of: "Tom Reed leads Ann Cole") == "a count by the Tarrow Herald")
    #expect(text.speaker(of: "the vote was close") == "the count")
  }

  /// A quoted name in title case inside a reported clause is part of it; only a quoted
  /// sentence ends the clause.
  @Test func aQuotedNameStaysInsideTheReportedClause() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Ann Cole said the village known as “Harbour of Hope” would double in size by the spring.
      """)
    let quote = try #require(text.quote("would double in size"))
    #expect(quote.text == "the village known as “Harbour of Hope” would double in size by the spring")
  }

  /// A verb right after a comma reports the words before it only when no clause follows it:
  /// ", said the mayor had failed" reports what follows, with the subject before the comma.
  @Test func aVerbAfterACommaWithAClauseAfterItReportsThatClause() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Tom Varek, who represents the north ward, said the mayor had failed.
      """)
    #expect(text.quote("who represents the north ward") == nil)
    #expect(text.speaker(of: "the mayor had failed") == "Tom Varek")
  }

  /// A clause joined by a conjunction after a comma has a subject of its own, not a speaker set
  /// off after the words before: "No one was hurt, but homeowners reported damage" reports
  /// nothing, and "…, but she said she would wait" reports only what follows "said".
  @Test func aSubjectAfterACommaAndAConjunctionSpeaksNoWordsBeforeIt() throws {
    let text = try AnnotatedText(
      """
      The storm reached the harbour on Monday night.

      No one was hurt, but four homeowners reported minor damage. Mayor Ana Ruiz has no plans to change the rules, but she said she would wait for the report.
      """)
    #expect(text.quote("No one was hurt") == nil)
    #expect(text.quote("has no plans to change the rules") == nil)
    #expect(text.speaker(of: "she would wait for the report") == "Ana Ruiz")
    let orSo = try AnnotatedText("The storm reached the harbour on Monday night.\n\nThe dock will reopen in May, or so Tom Varek said.")
    #expect(orSo.speaker(of: "The dock will reopen in May") == "Tom Varek")
  }

  /// A reporting verb inside a relative clause ("who wrote the ordinance") is no subject's end:
  /// the one the clause hangs on said it. A participle with no comma before it still speaks for
  /// the nearer name ("remarks Ruiz made saying").
  @Test func aRelativeClausesOwnVerbDoesNotCutTheSubjectOff() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the harbour.

      Councilman Tom Varek, who wrote the ordinance, said rents had risen sharply. Critics, who highlighted remarks Ana Ruiz made in May saying she hoped the dock would close, met on Friday.
      """)
    #expect(text.speaker(of: "rents had risen sharply") == "Tom Varek")
    #expect(text.speaker(of: "she hoped the dock would close") == "Ana Ruiz")
    let memo = try AnnotatedText(
      "The council met on Monday to talk about the harbour.\n\nThe notice, which Ana Brisk posted on Monday, said parking would be free.")
    #expect(memo.speaker(of: "parking would be free") != "Ana Brisk", "the notice said it, not its writer")
  }

  @Test func aClaimIsItsOwnersWhoeverChecksIt() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Ann Cole checked Tom Reed's claim that the ferry carried 4,000 people last year, and critics warned that it was wrong. Mia Varek repeated her promise that the bridge would open in May.
      """)
    #expect(text.speaker(of: "the ferry carried 4,000 people") == "Tom Reed")
    #expect(text.quote("the ferry carried 4,000 people")?.text == "the ferry carried 4,000 people last year")
    #expect(text.speaker(of: "the bridge would open in May") == "Mia Varek")
  }

  @Test func aClaimOfNoOneNamedHasNoSpeaker() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Tom Reed rejected the claim that the ferry would be sold. Ann Cole made the point that the bridge was old. A plan that said nothing was dropped.
      """)
    #expect(text.quote("the ferry would be sold") == nil)
    #expect(text.speaker(of: "the bridge was old") == "Ann Cole")
  }

  @Test func aReportedClauseEndsWhereAnotherStatementBegins() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Tom Reed said the ferry plan was late, and local critics warned that the cost would rise again. Ann Cole said the bridge was old, and that it would close in May. The dock will open in June, Mia Varek said that morning.
      """)
    #expect(text.quote("the ferry plan was late")?.text == "the ferry plan was late")
    #expect(text.speaker(of: "the cost would rise again") == "local critics")
    #expect(text.quote("the bridge was old")?.text == "the bridge was old, and that it would close in May")
    #expect(text.speaker(of: "The dock will open in June") == "Mia Varek")
  }

  @Test func aParticipleBeforeABarePluralReportsNothing() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday to talk about the budget for the coming year.

      Little noticed in the count on Tuesday: Ann Cole won a majority of regular, pledged delegates. The plan is dead, said officials.
      """)
    #expect(text.annotations.quotes.allSatisfy { $0.speaker?.name != "delegates" })
    #expect(text.speaker(of: "The plan is dead") == "officials")
  }

  /// "Ruiz, the historian who reported the find, posted": "reported" is the verb of a relative
  /// clause and reports nothing before it; "asked for an autograph" asks for a thing, not words.
  @Test func aRelativeClauseOrARequestForAThingReportsNothing() throws {
    let text = try AnnotatedText(
      """
      The historian Carla Wu wrote about the old mill in May.

      Tom Ruiz, the historian who reported the find, posted: “The mill is older than we thought.”

      At one stall, a boy asked for an autograph and Wu said, “only if you promise to read the book.”
      """)
    #expect(text.quote("Tom Ruiz, the historian") == nil)
    #expect(text.quote("a boy asked for an autograph") == nil)
    #expect(text.speaker(of: "The mill is older") == "Tom Ruiz")
  }

  /// "warned they could …": a subject pronoun right after the verb opens the reported clause, so
  /// an "if" later in it is part of it; "have" and "also" before the verb are no part of a
  /// subject phrase, and a reflexive pronoun opens none ("describes himself as …").
  @Test func aClauseOpenedByItsPronounAndASubjectWithoutItsAuxiliary() throws {
    let text = try AnnotatedText(
      """
      The harbour board met on Monday to talk about the ferry fares.

      The ferry crews have warned they could stop work in March if the fares rise again. Both unions also said that the talks were slow. The ferry company warned it would raise fares if fuel costs rose. US officials said the talks would go on.

      Mia Varek calls herself a careful mayor and has said that the fares must stay low.
      """)
    #expect(text.quote("they could stop work")?.text == "they could stop work in March if the fares rise again")
    #expect(text.speaker(of: "they could stop work") == "The ferry crews")
    #expect(text.speaker(of: "the talks were slow") == "Both unions")
    #expect(text.quote("it would raise fares")?.text == "it would raise fares if fuel costs rose")
    #expect(text.speaker(of: "the talks would go on") == "US officials")
    #expect(text.speaker(of: "the fares must stay low") == "Mia Varek")
  }

  /// "state" after "former" (or an article) is a noun, no reporting verb: "Ana Lind, a former
  /// state treasurer, joined the board and said …" is Ana Lind's.
  @Test func aWordAfterATitleQualifierIsNoVerb() throws {
    let text = try AnnotatedText(
      """
      The board met on Monday to talk about the ferry.

      Ana Lind, a former state treasurer, joined the board in May and said she favours the plan.
      """)
    #expect(text.speaker(of: "she favours the plan") == "Ana Lind")
    #expect(text.annotations.quotes.allSatisfy { $0.speaker?.name != "a former" && $0.cue?.text != "state" })
  }

  /// "As many as 300 workers said" opens with its subject; and a participle of saying inside the
  /// clause another verb reports makes no second statement of the same words.
  @Test func anAmountOpensASubjectAndOneClauseIsOneStatement() throws {
    let text = try AnnotatedText(
      """
      The ferry vote

      As many as 300 workers said they would strike. The harbour board responded late Sunday with a short notice on its website saying that the fares would stay.
      """)
    #expect(text.speaker(of: "they would strike") == "As many as 300 workers")
    #expect(text.annotations.quotes.filter { $0.text == "the fares would stay" }.count == 1)
    #expect(text.speaker(of: "the fares would stay") == "The harbour board")
  }
}
