/// Places that are not countries: cities, states, regions, continents, and words that end the
/// name of a place ("Peninsula", "Stadium").
enum Places {
  /// Cities of 15,000 people or more, US states and continents, from GeoNames (see NOTICE):
  /// a data file read on first use.
  static let table = LexiconTable(resource: "places.txt")

  /// Regions, seas and disputed lands that no list of cities or states holds, kept by hand
  /// (a closed class: world regions).
  static let regions: Set<String> = Set(
    WordList.lines(
      """
      Middle East
      Near East
      Far East
      Latin America
      Central America
      North America
      South America
      Southeast Asia
      East Asia
      South Asia
      Central Asia
      West Africa
      East Africa
      North Africa
      Sub-Saharan Africa
      Eastern Europe
      Western Europe
      Scandinavia
      Balkans
      Caucasus
      Caribbean
      Mediterranean
      Arctic
      Antarctica
      Pacific
      Atlantic
      Indian Ocean
      Persian Gulf
      Gulf of Mexico
      South China Sea
      East China Sea
      Black Sea
      Baltic Sea
      Red Sea
      Korean Peninsula
      Arabian Peninsula
      Gaza Strip
      West Bank
      Gaza
      Crimea
      Donbas
      Kashmir
      Tibet
      Xinjiang
      Kurdistan
      Sahel
      Siberia
      Patagonia
      Earth
      Midwest
      New England
      Pacific Northwest
      Silicon Valley
      Wall Street
      """))

  /// US states as news style abbreviates them ("Calif.", "N.Y."; the dot of a one-part form
  /// is a token of its own), where the short form names nothing else.
  static let stateAbbreviations: Set<String> = [
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Kan", "Ky", "Mass", "Mich", "Minn", "Mont",
    "Neb", "Nev", "Okla", "Ore", "Tenn", "Vt", "Wis", "Wyo", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
    "N.D.", "R.I.", "S.C.", "S.D.", "D.C.", "W.Va.",
  ]

  /// US states as news style abbreviates them where the short form also spells a word or a
  /// title ("Miss.", "Wash.", "Pa."): a state only right after a town and a comma.
  static let wordStateAbbreviations: Set<String> = WordList.words("del ga ill ind la md miss mo pa va wash")

  /// US states by their postal codes ("OK", "KS"): a state only right after a town and a comma
  /// ("Vinita, OK"), as most of them spell words or acronyms too.
  static let postalCodes: Set<String> = WordList.words(
    """
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
    NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
    """)

  /// Points of the compass: capitalised alone, they name a region ("the South", "the Midwest").
  static let compassWords: Set<String> = WordList.words(
    "north south east west northeast northwest southeast southwest midwest")

  /// Nouns for a country: capitalised alone, they stand for one ("our Nation", "the Republic",
  /// "the States").
  static let countryNouns: Set<String> = WordList.words("nation country state republic empire kingdom confederacy")

  /// Words of direction that make a part of a place ("North Oakland", "Greater Lagos").
  static let directionWords: Set<String> = WordList.words(
    """
    north south east west northeast northwest southeast southwest northern southern eastern
    western northeastern northwestern southeastern southwestern upper lower central greater
    inner outer
    """)
  /// Prepositions after which a lone unknown name is a place ("in", "near").
  static let prepositions: Set<String> = WordList.words("in at near from outside across")

  /// First words of multi-word place names ("Lake Turkana", "Mount Kenya").
  static let prefixWords: Set<String> = WordList.words("lake mount mt. cape port fort isle gulf bay sea river")

  /// Last words of multi-word place names, with the postal abbreviations of street types
  /// ("Anderson Ave", "Bergen Blvd").
  static let headWords: Set<String> = WordList.words(
    """
    ave ave. blvd blvd. rd rd. hwy hwy. pkwy pkwy. ln ln.
    peninsula island islands river mountain mountains mount sea ocean bay gulf strait valley
    lake desert coast plain plains province county district region territory territories
    city town village square street avenue road boulevard bridge airport port harbour harbor
    station stadium arena hall palace park plaza beach canyon falls highlands
    castle cemetery plateau hemisphere archipelago reserve trail expressway highway freeway
    motorway tower gardens quarter forest cathedral abbey monastery market mall mosque temple
    """)
}
