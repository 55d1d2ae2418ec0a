/// Frequent English words: a capitalised one at the start of a sentence is not a name.
enum CommonWords {
  static let all: Set<String> = WordList.words(
    """
    a about above across after afterwards again against all almost alone along already also
    although always am among an and another any anyone anything anyway anywhere are around as
    at back be because been before beforehand behind being below beside besides between beyond
    both but by can cannot could did do does doing done down during each either else elsewhere
    enough even ever every everyone everything everywhere except few first for former formerly
    from further had has have having he hence her here hereafter hers herself him himself his
    how however i if in indeed instead into is it its itself just last later latter least less
    many may me meanwhile might mine more moreover most mostly much must my myself namely neither
    never nevertheless next no nobody none nor not nothing now nowhere of off often on once one
    only onto or other others otherwise our ours ourselves out over own per perhaps please rather
    same several she should since so some somehow someone something sometimes somewhere still
    such than that the their theirs them themselves then there thereafter thereby therefore
    these they this those though through throughout thus to together too toward towards under
    until up upon us very via was we well were what whatever when whenever where whereas wherever
    whether which while who whoever whole whom whose why will with within without would yet you
    your yours yourself yourselves
    new old good bad great big small large long short high low early late young own right left
    major minor recent current former latest final full half whole true false real local
    national international regional global public private political military economic social
    official officials people person man men woman women child children time times year years day
    days week weeks month months today yesterday tomorrow tonight morning evening night way ways
    thing things world country countries government governments state states city cities group
    groups part parts place places case cases point points number numbers fact facts problem
    problems question questions issue issues system systems program programs programme work
    life home house room area areas side sides hand hands head eye eyes word words water money
    business company companies service services market markets report reports study studies
    research result results news story stories article articles team teams game games match
    player players fans season member members leader leaders party parties election elections
    campaign vote votes voters law laws court police war peace power support help change
    changes plan plans policy policies deal deals talks meeting meetings statement statements
    interview official's analyst analysts expert experts critics critic scientists researchers
    authorities residents students workers troops forces sources source
    said says say saying told tells tell asked asks added adds warned warns noted notes wrote
    writes according called calls urged urges announced announces reported reports stated
    is are was were be been being have has had do does did will would can could should may
    might must shall get got make made take took go went come came see saw know knew think
    thought want wanted give gave use used find found look looked seem seemed feel felt try
    tried leave left put keep kept let begin began show showed hear heard play played run ran
    move moved live lived believe believed bring brought happen happened write provide sit
    stand lose lost pay paid meet include included continue set learn learned lead led
    understand watch follow stop create speak read allow add spend grow open walk win won offer
    remember love consider appear buy wait serve die send expect build stay fall cut reach kill
    remain suggest raise pass sell require decide return explain hope develop carry break receive
    agree hold fill produce
    mr mrs ms dr
    one two three four five six seven eight nine ten eleven twelve twenty hundred thousand
    despite unless upon amid amongst beneath whilst regarding concerning following including
    like unlike near outside inside across onto per plus except
    yes oh ok okay hello thanks thank please sorry
    here's there's it's that's what's let's i'm i've i'd i'll we're we've they're you're
    """)

  /// Words that open a noun phrase: never the first word of a name but for a few fixed names.
  static let determiners: Set<String> = WordList.words(
    """
    the a an this that these those some any each every no another such both either neither all
    most many much few several its his her their our my your
    """)

  /// English words of SCOWL's list that are no common given, family or place names (see
  /// NOTICE): a data file read on first use.
  static let table = LexiconTable(resource: "common-words.txt")

  /// True when the lower-case `word` is an ordinary English word.
  static func contains(_ lower: String) -> Bool { all.contains(lower) || table.contains(lower) }
}
