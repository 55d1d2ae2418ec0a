/// Places that are not countries: cities, states, regions, continents, and words that end the
/// name of a place ("Peninsula", "Stadium").
enum Places {
  static let names: Set<String> = Set(
    WordList.lines(
      """
      New York
      New York City
      Los Angeles
      San Francisco
      Chicago
      Houston
      Seattle
      Boston
      Miami
      Atlanta
      Dallas
      Denver
      Detroit
      Philadelphia
      Las Vegas
      New Orleans
      Cape Canaveral
      Huntsville
      McMinnville
      Toronto
      Montreal
      Vancouver
      Sydney
      Melbourne
      Shanghai
      Shenzhen
      Guangzhou
      Wuhan
      Osaka
      Busan
      Mumbai
      Delhi
      Karachi
      Istanbul
      Dubai
      Mecca
      Medina
      Jeddah
      Gaza
      West Bank
      Aleppo
      Mosul
      Leeds
      Manchester
      Liverpool
      Birmingham
      Glasgow
      Oxford
      Cambridge
      Geneva
      Zurich
      Munich
      Frankfurt
      Hamburg
      Milan
      Barcelona
      Marseille
      Lyon
      St Petersburg
      Saint Petersburg
      Sochi
      Volgograd
      Nizhny Novgorod
      Kowloon
      Taikoo
      Alabama
      Alaska
      Arizona
      Arkansas
      California
      Colorado
      Connecticut
      Delaware
      Florida
      Hawaii
      Idaho
      Illinois
      Indiana
      Iowa
      Kansas
      Kentucky
      Louisiana
      Maine
      Maryland
      Massachusetts
      Michigan
      Minnesota
      Mississippi
      Missouri
      Montana
      Nebraska
      Nevada
      New Hampshire
      New Jersey
      New Mexico
      North Carolina
      North Dakota
      Ohio
      Oklahoma
      Oregon
      Pennsylvania
      Rhode Island
      South Carolina
      South Dakota
      Tennessee
      Texas
      Utah
      Vermont
      Virginia
      West Virginia
      Wisconsin
      Wyoming
      Ontario
      Quebec
      Tibet
      Xinjiang
      Crimea
      Donbas
      Kashmir
      Europe
      Asia
      Africa
      North America
      South America
      Latin America
      Antarctica
      Oceania
      Middle East
      Pacific Northwest
      Southeast Asia
      East Asia
      Central Asia
      Scandinavia
      Balkans
      Caribbean
      Mediterranean
      Arctic
      Pacific
      Atlantic
      Korean Peninsula
      Persian Gulf
      South China Sea
      """))

  /// First words of multi-word place names ("Lake Turkana", "Mount Kenya").
  static let prefixWords: Set<String> = WordList.words("lake mount mt. cape port fort isle gulf bay sea river")

  /// Last words of multi-word place names.
  static let headWords: Set<String> = WordList.words(
    """
    peninsula island islands river mountain mountains mount sea ocean bay gulf strait valley
    lake desert coast plain plains province county district region territory territories
    city town village square street avenue road boulevard bridge airport port harbour harbor
    station stadium arena hall palace park plaza beach canyon falls highlands
    """)
}
