/// Words that show where an actor stands on something: opposing it, supporting it, or
/// turning it back (halting, scrapping). Each set holds every form of the word.
enum StanceWords {
  /// Verbs and phrases of opposition ("opposes", "rejected", "have problems with").
  static let oppose: Set<String> = WordList.words(
    """
    oppose opposes opposed opposing opposition reject rejects rejected rejecting protest protests
    protested condemn condemns condemned criticize criticizes criticized criticise criticises
    criticised object objects objected resist resists resisted fight fights fought denounce
    denounces denounced slam slams slammed blast blasts blasted decry decries decried
    opposing rejecting condemning criticizing criticising denouncing slamming blasting
    blame blames blamed blaming accuse accuses accused accusing sue sues sued suing attack
    attacks attacked attacking dismiss dismisses dismissed dismissing mock mocks mocked mocking
    ridicule ridicules ridiculed ridiculing deride derides derided deriding assail assails assailed
    assailing lambaste lambastes lambasted lambasting boycott boycotts boycotted boycotting
    disavow disavows disavowed disavowing repudiate repudiates repudiated repudiating
    rebuke rebukes rebuked rebuking chide chides chided chiding scold scolds scolded scolding
    castigate castigates castigated castigating berate berates berated berating excoriate
    excoriates excoriated excoriating chastise chastises chastised chastising fault faults
    faulted faulting disparage disparages disparaged disparaging denigrate denigrates denigrated
    denigrating vilify vilifies vilified vilifying demonize demonizes demonized demonizing
    belittle belittles belittled belittling taunt taunts taunted taunting insult insults
    insulted insulting smear smears smeared smearing bash bashes bashed bashing skewer skewers
    skewered skewering lambast lambasts trashes trashed trashing distrust
    distrusts distrusted dislike dislikes disliked despise despises despised loathe loathes
    loathed
    against distaste problems problem concerns objection objections opponent opponents
    critic critics foe foes rival rivals detractor detractors adversary adversaries
    challenger challengers enemy enemies skeptic skeptics
    """)

  /// Verbs of turning something back: opposition when the actor wants them done.
  static let reverse: Set<String> = WordList.words(
    """
    halt halts halted halting stop stops stopped stopping suspend suspends suspended scrap
    scraps scrapped cancel cancels cancelled canceled withdraw withdraws withdrew withdrawn
    ban bans banned block blocks blocked end ends ended reverse reverses reversed abandon
    abandons abandoned remove removes removed repeal repeals repealed repealing abolish abolishes
    abolished abolishing abolition dismantle dismantles dismantled dismantling overturn overturns
    overturned overturning rescind rescinds rescinded revoke revokes revoked veto vetoes vetoed
    defund defunds defunded cancellation withdrawal drop drops dropped dropping withhold withholds
    withheld withholding impeach impeaches impeached impeaching impeachment oust ousts ousted
    ousting ouster unseat unseats unseated unseating
    """)

  /// Verbs that take a restriction away (``TopicNouns/restrictions``): opposition to the ban
  /// or curfew they lift, and turning words as ``reverse`` are. Said of anything else they raise
  /// it ("lift wages", "ease tensions") and take no side.
  static let lifting: Set<String> = WordList.words(
    "lift lifts lifted lifting ease eases eased easing loosen loosens loosened loosening relax relaxes relaxed relaxing")

  /// Verbs that keep a restriction in force or add one: support for the ban or curfew they keep.
  /// Not "enforce": the police enforce a curfew whatever they think of it.
  static let keeping: Set<String> = WordList.words(
    """
    keep keeps kept keeping extend extends extended extending renew renews renewed renewing
    maintain maintains maintained maintaining impose imposes imposed imposing tighten tightens
    tightened tightening
    """)

  /// Verbs and nouns of support and of pushing something ahead ("backs", "sped up the roll-out").
  static let support: Set<String> = WordList.words(
    """
    support supports supported supporting supporter supporters back backs backed backing
    endorse endorses endorsed welcome welcomes welcomed defend defends defended favor favors
    favored favour favours favoured approve approves approved champion champions championed
    endorsing welcoming defending praise praises praised praising urge urges urged urging
    backer backers sign signs signed signing sponsor sponsors sponsored sponsoring co-sponsor
    co-sponsors co-sponsored co-sponsoring introduce introduces introduced introducing propose
    proposes proposed proposing unveil unveils unveiled unveiling fund funds funded funding
    finance finances financed financing
    bankroll bankrolls bankrolled bankrolling donate donates donated donating contribute
    contributes contributed contributing applaud applauds applauded applauding hail hails
    hailed hailing commend commends commended commending laud lauds lauded lauding celebrate
    celebrates celebrated celebrating embrace
    embraces embraced embracing tout touts touted touting admire admires admired admiring
    ally allies loyalist loyalists defender defenders proponent proponents admirer admirers
    donor donors
    deploy deploys deployed deploying deployment install installs installed installation
    roll-out rollout accelerate accelerates accelerated expedite expedited
    """)

  /// Verbs that take a side with "for" after them ("voted for", "called for", "campaigned
  /// for", "stumped for", "vouched for"): support of what follows. With "against" they oppose it, as "against" itself does.
  static let forVerbs: Set<String> = WordList.words(
    """
    vote votes voted voting call calls called calling campaign campaigns campaigned campaigning
    argue argues argued arguing push pushes pushed pushing stump stumps stumped stumping
    rally rallies rallied rallying fundraise fundraises fundraised fundraising vouch vouches
    vouched vouching cheer cheers cheered cheering caucus caucuses caucused caucusing
    """)

  /// Verbs that take a side with another word after them, by that word ("sided with",
  /// "broke with", "took issue with" (``taking``), "lashed out at", "took aim at", "distanced
  /// himself from", "went after"), and adjectives that do ("critical of", "supportive of",
  /// "hostile to", "loyal to"): the side they take on what follows, named right after the word.
  /// A word of ``particleGaps`` may stand between verb and word.
  static let particleVerbs: [String: [String: Polarity]] = [
    "with": sides(
      support: """
        side sides sided siding stand stands stood standing agree agrees agreed agreeing campaign
        campaigns campaigned campaigning
        """,
      oppose: "break breaks broke breaking issue issues"),
    "at": sides(
      support: "",
      oppose: "aim swipe swipes jab jabs shots lash lashes lashed lashing fire fires fired firing"),
    "from": sides(support: "", oppose: "distances distanced distancing"),
    "after": sides(support: "", oppose: "go goes went going"),
    "of": sides(
      support: "supportive fond",
      oppose: "critical skeptical sceptical dismissive wary contemptuous disdainful"),
    "to": sides(support: "loyal sympathetic", oppose: "hostile"),
  ]

  /// Forms of "take", before "issue with" (``particleVerbs``): "took issue with X".
  static let taking: Set<String> = WordList.words("take takes took taken taking")

  /// Words that may stand between a verb and the word it takes a side with: "lashed out at",
  /// "fired back at", "distanced herself from".
  static let particleGaps: Set<String> = WordList.words("out back himself herself themselves itself")

  /// A table of words and the side each takes.
  private static func sides(support: String, oppose: String) -> [String: Polarity] {
    var table: [String: Polarity] = [:]
    for word in WordList.words(support) { table[word] = .support }
    for word in WordList.words(oppose) { table[word] = .oppose }
    return table
  }

  /// Nouns of a side that someone receives from a holder named after "of" or "from" ("won
  /// the backing of", "drew criticism from"), with that side.
  static let receivedSides: [String: Polarity] = sides(
    support: "support backing endorsement endorsements blessing praise",
    oppose: "criticism criticisms condemnation condemnations opposition fire rebuke rebukes scorn ire wrath")

  /// Verbs of receiving a side (see ``receivedSides``).
  static let receiving: Set<String> = WordList.words(
    """
    win wins won winning receive receives received receiving get gets got getting gain gains gained
    gaining earn earns earned earning secure secures secured securing draw draws drew drawn drawing
    face faces faced facing attract attracts attracted attracting land lands landed landing
    """)

  /// Verbs that name what they bear on by what the speaker thinks of it ("called Lee a liar",
  /// "branded the plan a disaster").
  static let naming: Set<String> = WordList.words(
    """
    call calls called calling label labels labeled labelled labeling labelling brand brands branded
    branding dub dubs dubbed dubbing
    """)

  /// Verbs that give money when a sum in dollars follows them ("gave $5 million to X", "sent
  /// $250,000 to X"): support of the receiver, as the verbs of ``gifts`` are with any object.
  static let givingMoney: Set<String> = WordList.words(
    """
    give gives gave given giving direct directs directed directing steer steers steered steering
    funnel funnels funneled funnelled funneling funnelling pour pours poured pouring send sends
    sent sending
    """)

  /// Verbs of giving money, whose receiver follows "to" ("donated $2 million to X"): support.
  static let gifts: Set<String> = WordList.words(
    "donate donates donated donating contribute contributes contributed contributing")

  /// Verbs of asking someone to act ("urged X to", "called on X to"): their addressee holds no
  /// stance from them; a request to turn back ("to stop", "to apologize") opposes the addressee.
  static let requests: Set<String> = WordList.words(
    """
    urge urges urged urging ask asks asked asking call calls called calling press presses pressed
    pressing push pushes pushed pushing pressure pressures pressured pressuring implore implores
    implored imploring
    """)

  /// Verbs that, asked of someone, undo what they do or are ("to apologize", "to resign"), beside
  /// the turning words (``reverse``).
  static let retreats: Set<String> = WordList.words(
    "apologize apologise resign quit concede retract recant step")

  /// Verbs of choosing: what they pass "over" is opposed ("chose Ruiz over Lee").
  static let choices: Set<String> = WordList.words(
    "choose chooses chose chosen choosing prefer prefers preferred preferring pick picks picked picking")

  /// Pronouns by which a quoted speaker names themself ("I", "we"): a stance word they govern
  /// is the speaker's own.
  static let firstPerson: Set<String> = WordList.words("i we my our")

  /// The nouns among the stance words: they count with an owner ("China’s concerns") or as
  /// an object ("sped up the roll-out"), not inside a prepositional phrase ("tensions over the
  /// deployment").
  static let nouns: Set<String> = WordList.words(
    """
    opposition distaste problems problem concerns objection objections opponent opponents
    supporter supporters backing deployment installation roll-out rollout support critic critics
    backer backers foe foes rival rivals detractor detractors adversary adversaries
    challenger challengers enemy enemies skeptic skeptics ally allies loyalist loyalists
    defender defenders proponent proponents admirer admirers donor donors
    """)

  /// Verbs of judging someone for what they did, whose object did it ("accused him of
  /// endorsing X", "praised Ruiz for supporting X"; a closed class, kept by hand, every form).
  static let judging: Set<String> = WordList.words(
    """
    accuse accuses accused accusing suspect suspects suspected suspecting charge charges charged
    charging convict convicts convicted convicting criticize criticizes criticized criticizing
    criticise criticises criticised criticising blame blames blamed blaming fault faults faulted
    faulting attack attacks attacked attacking slam slams slammed slamming praise praises praised
    praising thank thanks thanked thanking credit credits credited crediting commend commends
    commended commending reward rewards rewarded rewarding punish punishes punished punishing
    fire fires fired firing sue sues sued suing hail hails hailed hailing laud lauds lauded
    lauding applaud applauds applauded applauding fine fines fined fining scold scolds scolded
    scolding rebuke rebukes rebuked rebuking chastise chastises chastised chastising censure
    censures censured censuring mock mocks mocked mocking ridicule ridicules ridiculed ridiculing
    """)

  /// Nouns that name a person by their side ("a Brennan supporter", "critic Jane Roe"): the
  /// name beside them holds the stance.
  static let holders: Set<String> = WordList.words(
    """
    supporter supporters backer backers opponent opponents critic critics foe foes rival rivals
    detractor detractors adversary adversaries challenger challengers enemy enemies skeptic
    skeptics ally allies loyalist loyalists defender defenders proponent proponents admirer
    admirers donor donors
    """).union(staff)

  /// Nouns for people who speak or work for someone ("Lee spokesman Jo Roe", "Jo Roe, an
  /// adviser to Lee"): holders of support for the one they serve, where the text says so.
  static let staff: Set<String> = WordList.words(
    "aide aides adviser advisers advisor advisors surrogate surrogates"
  ).union(spokespeople)

  /// The staff nouns of people who speak for someone: what they say, the one they serve says.
  static let spokespeople: Set<String> = WordList.words(
    "spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople")

  /// Words that put a post in the past: "former adviser", "fired campaign manager".
  static let pastPosts: Set<String> = WordList.words("former formerly onetime one-time erstwhile fired ousted then")

  /// Staff named by a compound ("campaign manager", "press secretary", "running mate"): its
  /// last noun, with the words before it that make it a post in someone's service.
  static let staffCompounds: [String: Set<String>] = [
    "manager": ["campaign"], "chairman": ["campaign"], "chairwoman": ["campaign"], "chair": ["campaign"],
    "director": ["campaign", "communications"], "secretary": ["press"], "mate": ["running"],
  ]

  /// Roles of people quoted to explain rather than to take a side (see
  /// ``StanceFinder/commentators()``).
  static let commentators: Set<String> = WordList.words(
    """
    analyst analysts expert experts professor professors researcher researchers scholar scholars
    economist economists historian historians scientist scientists strategist strategists
    pollster pollsters commentator commentators prof. prof
    """)

  /// What each stance word says: its polarity, and whether it turns something back.
  static let byWord: [String: (polarity: Polarity, reverse: Bool)] = {
    var table: [String: (polarity: Polarity, reverse: Bool)] = [:]
    for word in support.union(staff) { table[word] = (.support, false) }
    for word in oppose { table[word] = (.oppose, false) }
    for word in reverse { table[word] = (.oppose, true) }
    return table
  }()

  /// Prefixes inside a word that take a side on what follows ("anti-THAAD", "pro-Beijing").
  static let opposingPrefixes = ["anti-", "Anti-"]
  static let supportingPrefixes = ["pro-", "Pro-"]
  static let sidePrefixes = opposingPrefixes + supportingPrefixes

  /// Nouns for the end of something: what is said of "the end of X" is not said of X.
  static let endings: Set<String> = WordList.words("end ends death demise collapse defeat downfall")

  /// Negations that turn a stance or polar word around ("does not support", "nowhere near
  /// qualified", "a lack of integrity", "refused to endorse"): VADER's list of negations, less
  /// its informal spellings, and the verbs of refusing, failing and avoiding ("will avoid
  /// paying its fair share").
  static let negations: Set<String> = WordList.words(
    """
    not no never n't nor without neither cannot none nothing nowhere rarely seldom lack lacks lacked
    lacking refuse refuses refused refusing refusal decline declines declined declining fail fails failed failing
    failure avoid avoids avoided avoiding
    """)

  /// Verbs of refraining, a negation before "from" only ("refrained from endorsing"; "a familiar
  /// refrain" is a noun).
  static let refraining: Set<String> = ["refrain", "refrains", "refrained", "refraining"]

  /// True for a negation, contractions written with either apostrophe included ("can’t").
  static func isNegation(_ lower: String) -> Bool {
    negations.contains(lower) || lower.hasSuffix("n't") || lower.hasSuffix("n\u{2019}t")
  }
}
