/// Flags (never deletes) the publisher furniture that trails an article: licence and copyright
/// lines, donation appeals, share, follow and subscribe prompts.
///
/// Rules, not sample strings: a paragraph is furniture when it holds a cue phrase from a small
/// lexicon and is short, or holds several cues, or opens with one. Walking back from the last
/// paragraph over furniture and short lines, the earliest furniture paragraph reached in the
/// second half of the article starts the flagged tail; a long paragraph with no cue (article
/// body) stops the walk, so a cue in the middle of the story flags nothing.
public struct BoilerplateDetector: Sendable {
  /// Cue phrases, lowercased, as sequences of words (apostrophes straightened).
  static let cues: [String] = [
    // licence and copyright
    "creative commons", "all rights reserved", "report a typo", "originally published",
    "originally appeared", "republished with permission", "reprinted with permission",
    "licensed under", "republish this article",
    // donation appeals
    "since you're here", "small favor to ask", "small favour to ask", "support us", "support our",
    "support independent", "please support", "donate now", "make a donation", "please donate",
    "become a patron", "patreon", "paywall", "ask for your help", "chip in",
    // share, follow, subscribe
    "click here", "share this", "share on facebook", "follow us", "like us on facebook",
    "subscribe to our", "subscribe now", "sign up for our", "our newsletter", "read more",
    // symbols, which ``words(_:)`` keeps as words of their own
    "©",
  ]
  /// Symbols that are cues wherever they stand.
  static let cueSymbols: Set<Unicode.Scalar> = ["©"]
  /// A furniture paragraph with one cue has at most this many words.
  static let maximumFurnitureWords = 60
  /// A line this short (in words) may sit inside the flagged tail without a cue of its own.
  static let maximumShortLineWords = 12
  /// A cue within this many opening words marks a paragraph of any length.
  static let openingWords = 10
  /// Paragraphs longer than this (in scalars) are body text, never furniture: it keeps the
  /// detector linear on huge inputs.
  static let maximumFurnitureLength = 2_000

  public init() {}

  /// Sets `isBoilerplate` on the trailing furniture paragraphs of `article`.
  public func flag(_ article: inout Article) {
    let count = article.paragraphs.count
    let firstCandidate = max(1, count / 2)
    var start: Int?
    var index = count - 1
    while index >= firstCandidate {
      let paragraph = article.paragraphs[index]
      guard paragraph.span.length <= Self.maximumFurnitureLength else { break }
      let words = Self.words(article.scalars, paragraph.span)
      if Self.isFurniture(words) {
        start = index
      } else if words.count > Self.maximumShortLineWords {
        break
      }
      index -= 1
    }
    guard let start else { return }
    for index in start..<count { article.paragraphs[index].isBoilerplate = true }
  }

  /// True when `words` (a paragraph's) hold a cue and are short, hold two cues, or open with one.
  static func isFurniture(_ words: [String]) -> Bool {
    let positions = cuePositions(words)
    guard let first = positions.first else { return false }
    return words.count <= maximumFurnitureWords || positions.count >= 2 || first < openingWords
  }

  /// The word index of each cue occurrence in `words`, in order.
  static func cuePositions(_ words: [String]) -> [Int] {
    var positions: [Int] = []
    for (index, word) in words.enumerated() {
      for cue in cuesByFirstWord[word] ?? [] where words[index...].starts(with: cue) { positions.append(index) }
    }
    return positions
  }

  /// The cues as word sequences, found by their first word (each word of a paragraph is looked up
  /// once, not compared with every cue), in the order of ``cues``.
  static let cuesByFirstWord: [String: [[String]]] = Dictionary(
    grouping: cues.map { $0.split(separator: " ").map(String.init) }, by: { $0[0] })

  /// The lowercased words of the scalars `span` of `scalars` (a paragraph's): runs of letters,
  /// digits and apostrophes (curly ones straightened); a cue symbol counts as a word. Read from
  /// the article's scalars, lowercased one by one as `String.lowercased()` does, without making
  /// the paragraph's string and its lowercased copy first (most articles end in a paragraph read
  /// here).
  static func words(_ scalars: ScalarText, _ span: Span) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func take(_ scalar: Unicode.Scalar) {
      if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
        current.append(scalar)
      } else if scalar == "'" || scalar == "’" {
        current.append("'")
      } else {
        if !current.isEmpty { words.append(String(current)) }
        current = String.UnicodeScalarView()
        if cueSymbols.contains(scalar) { words.append(String(scalar)) }
      }
    }
    for index in span.start..<span.end {
      let scalar = scalars[index]
      if scalar.isASCII {
        take(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
      } else {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { take(lower) }
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }
}
