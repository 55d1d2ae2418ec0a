/// Verbs that report speech or writing, in all their forms, and how strongly they do.
enum ReportingVerbs {
  /// Verbs that are speech whatever their subject ("the post said").
  static let strong: Set<String> = WordList.words(
    """
    say says said saying tell tells told telling add adds added adding write writes wrote
    written writing warn warns warned warning urge urges urged state states stated declare
    declares declared ask asks asked answer answers answered reply replies replied respond
    responds responded comment comments commented remark remarks remarked insist insists
    insisted argue argues argued claim claims claimed announce announces announced explain
    explains explained admit admits admitted acknowledge acknowledges acknowledged concede
    concedes conceded recall recalls recalled quip quips quipped joke jokes joked shout
    shouts shouted tweet tweets tweeted posted testify testifies testified vow vows vowed
    pledge pledges pledged promise promises promised deny denies denied confirm confirms
    confirmed predict predicts predicted caution cautions cautioned complain complains
    complained stress stresses stressed emphasize emphasizes emphasized emphasise emphasises
    emphasised describe describes described characterize characterizes characterized
    call calls called calling dub dubs dubbed conclude concludes concluded continue continues continued
    accuse accuses accused praise praises praised muse muses mused read reads
    assert asserts asserted exclaim exclaims exclaimed yell yells yelled yelling scream screams
    screamed chant chants chanted chanting boast boasts boasted brag brags bragged lament laments
    lamented retort retorts retorted scoff scoffs scoffed plead pleads pleaded interject
    interjects interjected assure assures assured fume fumes fumed recount recounts recounted
    wonder wonders wondered marvel marvels marveled marvelled reiterate reiterates reiterated
    countered whispered mutter mutters muttered murmured sighed snapped growled gush gushes
    gushed railed riffed opine opines opined inquire inquires inquired enquire enquires
    enquired grumble grumbles grumbled protested objected interjected interrupted scold scolds
    scolded chide chides chided teased sneered jeered thundered bellowed cried sobbed whined
    mocked huffed begged implore implores implored demanded proclaim proclaims proclaimed
    contend contends contended maintained texted emailed e-mailed messaged blogged concur
    concurs concurred rejoined intoned gasped laughed smiled surmised reasoned speculated
    theorized remember remembers remembered recommend recommends recommended react reacts
    reacted charge charges charged bark barks barked retaliate retaliates retaliated beam beams
    beamed exhort exhorts exhorted
    """)

  /// Verbs that report speech only right before a comma, a colon or the end of a sentence
  /// ("“…,” she continued.", "“…?” Lee pressed."), not with an object or an infinitive after
  /// them ("would continue “to break barriers”", "agreed to pay").
  static let beforeMark: Set<String> = WordList.words(
    """
    continue continues continued agree agrees agreed press presses pressed repeat repeats
    repeated elaborate elaborates elaborated
    """)

  /// Verbs of speech only with their particle, right before a comma or the end of a sentence
  /// ("“…,” he went on.", "“…,” Lee shot back.", "she chimed in:").
  static let phrasal: [String: String] = [
    "go": "on", "goes": "on", "went": "on", "shoot": "back", "shoots": "back", "shot": "back",
    "fire": "back", "fires": "back", "fired": "back", "chime": "in", "chimes": "in", "chimed": "in",
  ]

  /// Verbs that report speech only when their subject is a speaker ("X notes", not "data show").
  static let weak: Set<String> = WordList.words(
    """
    note notes noted suggest suggests suggested highlight highlights highlighted observe
    observes observed report reports reported point points pointed believe believes believed
    hope hopes hoped think thinks thought estimate estimates estimated feel feels felt
    issue issues issued release releases released find finds found rule rules ruled
    """)

  static func isCue(_ lower: String) -> Bool { strong.contains(lower) || weak.contains(lower) }

  /// Verbs of saying and thinking whose object is a clause, so a noun right after one is that
  /// clause's subject ("we believe this deal is great"), not their object.
  static let takingClause: Set<String> = WordList.words(
    """
    say says said think thinks thought believe believes believed feel feels felt argue argues
    argued insist insists insisted
    """)

  /// Verbs that introduce reported speech without quotation marks ("X said that …").
  static let indirect: Set<String> = WordList.words(
    """
    say says said tell tells told add adds added warn warns warned argue argues argued claim
    claims claimed insist insists insisted state states stated announce announces announced
    explain explains explained note notes noted report reports reported believe believes
    believed suggest suggests suggested acknowledge acknowledges acknowledged admit admits
    admitted deny denies denied confirm confirms confirmed predict predicts predicted stress
    stresses stressed point points pointed estimate estimates estimated think thinks thought
    write writes wrote ask asks asked tweet tweets tweeted
    conclude concludes concluded reveal reveals revealed show shows showed indicate indicates
    indicated find finds found agree agrees agreed learn learns learned concede concedes conceded
    complain complains complained promise promises promised vow vows vowed pledge pledges pledged
    maintain maintains maintained contend contends contended allege alleges alleged recall recalls
    recalled declare declares declared reply replies replied respond responds responded assert
    asserts asserted testify testifies testified emphasize emphasizes emphasized
    know knows knew fear fears feared expect expects expected hope hopes hoped worry worries
    worried realize realizes realized understand understands understood feel feels felt doubt
    doubts doubted
    saying adding noting arguing claiming insisting warning explaining stating asking telling
    suggesting
    """)
}
