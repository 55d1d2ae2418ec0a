/// Words that make a name an organisation, well-known organisations by acronym, and news
/// outlets and agencies (the sources an article can cite).
enum Organizations {
  /// Head words of organisation names ("… University", "… Party", "Ministry of …").
  static let headWords: Set<String> = WordList.words(
    """
    university universities institute institution college school academy center centre
    agency ministry department office bureau administration authority commission committee
    council assembly parliament congress senate cabinet government party union federation
    league association society foundation trust fund bank company corporation corp inc ltd llc
    plc group holdings church museum planetarium library hospital clinic court
    tribunal police army navy force forces guard corps service services network broadcasting
    press times post news journal herald tribune gazette telegraph guardian observer chronicle
    courier inquirer enquirer dispatch bulletin sentinel examiner ledger
    magazine review daily radio television tv channel studio studios club fc team
    organization organisation network airlines airways railways board alliance coalition
    movement front initiative campaign council lab laboratory laboratories tribe nation
    semiconductor semiconductors electronics motors airline pharmaceuticals pharma energy
    technologies technology systems industries securities capital partners ventures labs
    solutions media communications telecom telecommunications petroleum oil gas steel
    chemicals foods logistics shipping insurance bancorp brands entertainment software
    co cos llp lp ag sa gmbh nv bv spa se ab oy asa kk pty pte bros mills dynamics electric
    instruments motor orchestra symphony philharmonic choir ensemble opera ballet theatre theater
    troupe subcommittee subcommittees convention caucus pac project watch midstream
    """)

  /// Chambers of a legislature named by one word ("the House", "the Commons"): bodies.
  static let chambers: Set<String> = WordList.words("house commons")

  /// Common nouns that say what kind of body a name is when they describe it ("Zelbor, a
  /// startup that …", "the publishing giant Zelbor") but are not heads of names.
  static let kindNouns: Set<String> = WordList.words(
    """
    company companies firm startup start-up publisher website site platform brand chain
    manufacturer maker retailer giant band label charity nonprofit non-profit broadcaster
    insurer carrier newspaper conglomerate subsidiary supplier developer distributor operator
    provider producer franchise outlet
    """)

  /// Words after a name's possessive, or around it, that say it is a company: "Acme's chief
  /// executive", "shares of Acme", "Acme stock".
  static let companyContext: Set<String> = WordList.words(
    """
    ceo cfo chief executive executives shares stock shareholders investors board employees
    workers headquarters subsidiary subsidiaries founder founders chairman chairwoman
    products revenue revenues profit profits earnings sales stake
    """)

  /// Head words that come first in names of other languages ("Fundación Horizonte Fiscal",
  /// "Banco Cantábrico", "Universidad de Chile").
  static let leadingHeadWords: Set<String> = WordList.words(
    """
    fundación fundação fondation fondazione stiftung banco banca banque bank universidad
    universidade université università universität instituto institut istituto ministerio
    ministério ministère ministero partido parti partito compañía companhia compagnie grupo
    groupe gruppo asociación associação association consejo conselho conseil tribunal corte
    agencia agência agence comisión comissão commission comité gobierno governo gouvernement
    congreso senado colegio escuela école hospital clínica museo musée banco
    """)

  /// Head words that make an organisation a news outlet.
  static let outletHeadWords: Set<String> = WordList.words(
    """
    times post news journal herald tribune gazette telegraph guardian observer chronicle
    courier inquirer enquirer dispatch bulletin sentinel examiner ledger
    magazine review daily radio television tv channel press broadcasting network
    """)

  /// Well-known organisations written as acronyms or single words.
  static let known: Set<String> = Set(
    WordList.lines(
      """
      NASA
      NATO
      UN
      U.N.
      United Nations
      EU
      European Union
      European Commission
      WHO
      World Health Organization
      IMF
      World Bank
      WTO
      OPEC
      FIFA
      UEFA
      IOC
      FBI
      CIA
      NSA
      Pentagon
      Kremlin
      White House
      Congress
      Senate
      House of Representatives
      House of Commons
      House of Lords
      Parliament
      Google
      Apple
      Microsoft
      Amazon
      Facebook
      Meta
      Twitter
      YouTube
      Tesla
      Samsung
      Huawei
      Hamas
      Hezbollah
      Taliban
      ISIS
      Interpol
      Red Cross
      Greenpeace
      Amnesty International
      Human Rights Watch
      """))

  /// News agencies: they file reports other outlets print.
  static let agencies: Set<String> = Set(
    WordList.lines(
      """
      Reuters
      Associated Press
      AP
      AFP
      Agence France-Presse
      Yonhap
      Yonhap News Agency
      Xinhua
      Xinhua News Agency
      Kyodo
      Kyodo News
      TASS
      RIA Novosti
      Interfax
      ANSA
      EFE
      dpa
      UPI
      United Press International
      Press Trust of India
      PTI
      Anadolu Agency
      Bloomberg
      """))

  /// News outlets and publications.
  static let outlets: Set<String> = Set(
    WordList.lines(
      """
      CNN
      BBC
      BBC News
      NPR
      PBS
      NBC
      NBC News
      CBS
      CBS News
      ABC
      ABC News
      Fox News
      MSNBC
      Al Jazeera
      Sky News
      Deutsche Welle
      DW
      France 24
      Euronews
      The New York Times
      New York Times
      The Washington Post
      Washington Post
      The Wall Street Journal
      Wall Street Journal
      The Guardian
      The Times
      The Telegraph
      The Independent
      Financial Times
      The Economist
      The Huffington Post
      Huffington Post
      HuffPost
      Politico
      Axios
      Vox
      BuzzFeed
      Gawker
      The Atlantic
      The New Yorker
      Newsweek
      USA Today
      Los Angeles Times
      Chicago Tribune
      The Globe and Mail
      Toronto Star
      Der Spiegel
      Le Monde
      El País
      Global Times
      People's Daily
      China Daily
      South China Morning Post
      Korea Herald
      Korea Times
      JoongAng Ilbo
      Chosun Ilbo
      Asahi Shimbun
      Yomiuri Shimbun
      Nikkei
      The Hindu
      Times of India
      Haaretz
      Nature
      Science
      The Lancet
      Wikinews
      Wikipedia
      """))
}
