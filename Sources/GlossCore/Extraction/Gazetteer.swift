/// Looks names up in the lexicons: countries (with capitals and demonyms), places,
/// organisations and news sources, by exact form and by a loose key (letters only, lower case).
struct Gazetteer: Sendable {
  /// What a lexicon says a name is.
  enum Kind: Sendable, Equatable {
    case country(String)
    case place
    case organization
    case agency
    case outlet

    /// True for a place or a country.
    var isPlace: Bool {
      switch self {
      case .place, .country: true
      default: false
      }
    }
  }

  static let shared = Gazetteer()

  private var byName: [String: Kind] = [:]
  /// `byName` with the names written with a leading "The" in the lexicons also under the name
  /// without it: what `lookup` reads, one hash for the commonest case, a name not known.
  private var byNameWithOrWithoutThe: [String: Kind] = [:]
  /// `byName` under each name written in capitals ("USA TODAY" for "USA Today"): a headline or
  /// a dateline writes names so.
  private var byNameInCapitals: [String: Kind] = [:]
  private var demonyms: [String: String] = [:]
  private var demonymFirstWords: Set<String> = []

  init() {
    for country in Countries.all {
      byName[country.name] = .country(country.name)
      for alias in country.aliases { byName[alias] = .country(country.name) }
      if let capital = country.capital {
        for name in capital.split(separator: ",") { byName[name.trimmingCharacters()] = .country(country.name) }
      }
      for demonym in country.demonyms {
        demonyms[demonym] = country.name
        if let space = demonym.firstIndex(of: " ") { demonymFirstWords.insert(String(demonym[..<space])) }
      }
    }
    for name in Places.regions.union(Places.stateAbbreviations) where byName[name] == nil { byName[name] = .place }
    for name in Organizations.known { byName[name] = .organization }
    for name in Organizations.outlets { byName[name] = .outlet }
    for name in Organizations.agencies { byName[name] = .agency }
    byNameWithOrWithoutThe = byName
    for (name, kind) in byName where name.hasPrefix("The ") && byName[String(name.dropFirst(4))] == nil {
      byNameWithOrWithoutThe[String(name.dropFirst(4))] = kind
    }
    // In order of the names, so that of two names written alike in capitals the same one wins.
    for name in byName.keys.sorted() where byNameInCapitals[name.uppercased()] == nil {
      byNameInCapitals[name.uppercased()] = byName[name]
    }
  }

  /// What `name` is, trying it with and without a leading "The"; the public place and company
  /// lists only when `listedNames` (the caller knows whether a listed name can start with its
  /// first word).
  func lookup(_ name: String, listedNames: Bool = true) -> Kind? {
    if let kind = byNameWithOrWithoutThe[name] ?? (listedNames ? listed(name) : nil) { return kind }
    if name.hasPrefix("The "), let kind = byName[String(name.dropFirst(4))] { return kind }
    // A dateline writes places in capitals ("SEOUL, June 3 -"), a headline names ("USA TODAY").
    if name.utf8.count > 3, !name.unicodeScalars.contains(where: { ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0) }) {
      if let kind = byNameInCapitals[name] { return kind }
      let capitalized = name.capitalized
      if let kind = listedNames ? listed(capitalized) : nil { return kind }
    }
    return nil
  }

  /// What the public place and company lists say of `name`, as written: two searches of the
  /// data files, made once per name in this process (a library's articles name the same places
  /// and companies, and each candidate name of an article is looked up).
  private func listed(_ name: String) -> Kind? {
    Self.listedKinds.value(of: name) { name in
      Places.table.contains(name) ? .place : Companies.table.contains(name) ? .organization : nil
    }
  }

  /// What the public lists said of each name looked up so far.
  private static let listedKinds = SharedCache<Kind?>(limit: 200_000)

  /// True when the lexicons hold `name` exactly as written.
  func knows(_ name: String) -> Bool { byName[name] != nil || listed(name) != nil }

  /// The country a demonym ("Chinese", "South Korean") belongs to.
  func country(forDemonym word: String) -> String? { demonyms[word] }

  /// The country a two-word demonym ("South Korean") belongs to.
  func country(forDemonym first: String, _ second: String) -> String? {
    guard opensDemonym(first) else { return nil }
    return demonyms[first + " " + second]
  }

  /// True when `word` is the first of a two-word demonym ("South" of "South Korean").
  func opensDemonym(_ word: String) -> Bool { demonymFirstWords.contains(word) }

  /// True when `name` is a known place of any kind.
  func isPlace(_ name: String) -> Bool { lookup(name)?.isPlace == true }

  /// A loose key for comparing spellings: letters and digits only, lower-cased
  /// ("ANTIMEDIA" and "Anti-Media" share one).
  static func key(_ name: String) -> String {
    let bytes = name.utf8
    if bytes.allSatisfy({ $0 < 0x80 }) {
      // ASCII, the common case: letters and digits kept byte by byte, letters lowered.
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        var count = 0
        for byte in bytes {
          switch byte {
          case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[count] = byte + 32
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): buffer[count] = byte
          default: continue
          }
          count += 1
        }
        return count
      }
    }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(name.utf8.count)
    for scalar in name.unicodeScalars where ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
      scalars.append(scalar)
    }
    return scalars.string(0..<scalars.count).lowercased()
  }
}
