/// The distinct spellings of an article's tokens, and the word classes of their lower-case
/// forms: a token stores the number of its spelling instead of two strings, which makes it a
/// quarter of the size and spares making strings for every word of a long article.
///
/// Spellings are found by an open-addressing table on an FNV-1a hash of their scalars, compared
/// with the scalars of the spelling's first occurrence in the article.
struct Vocabulary: Sendable {
  private(set) var forms: [WordForm] = []
  /// Each form's spelling and its lower-case spelling.
  private(set) var texts: [String] = []
  private(set) var lowers: [String] = []
  /// The classes of each lower-case spelling, which ``WordClass/assign(to:clauseInitial:)``
  /// completes once the whole article is read.
  var classes: [WordClass] = []
  /// Where each form first occurs, to compare a candidate's scalars with.
  private var firstStart: [Int32] = []
  /// For each slot, the form stored there plus one (0 when the slot is empty).
  private var slots: [Int32] = Array(repeating: 0, count: 1024)
  private var slotHashes: [UInt64] = Array(repeating: 0, count: 1024)
  /// The entry in `classes` of each lower-case spelling: looked up once per new spelling, so a
  /// dictionary is fast enough.
  private var entries: [String: Int32] = [:]

  /// Makes room for the lower-case spellings of about `tokens` tokens, so that a short article's
  /// table of them never grows (each growth hashes every spelling again); a long article's grows
  /// past the first slots' worth as it would.
  mutating func reserveCapacity(_ tokens: Int) { entries.reserveCapacity(min(tokens / 2, slots.count / 2)) }

  /// The number of the form spelled by `span` of `scalars`, added if it is new.
  mutating func form(_ scalars: ScalarText, _ span: Span) -> Int {
    let hash = Self.hash(scalars, span)
    var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
    while slots[slot] != 0 {
      let form = Int(slots[slot] - 1)
      if slotHashes[slot] == hash, spells(form, scalars, span) { return form }
      slot = (slot + 1) & (slots.count - 1)
    }
    let form = forms.count
    // A spelling in lower-case ASCII, most of them, is its own lower-case form: one string for both.
    let text = Self.isLowerASCII(scalars, span) ? scalars.string(span.start..<span.end) : nil
    let lower = text ?? Tokenizer.lowercased(scalars, span)
    // Found, or added as the next entry, in one look-up.
    let entry = Self.entry(&entries[lower, default: Int32(classes.count)])
    if entry == classes.count { classes.append(WordClass.of(lower)) }
    forms.append(WordForm(scalars, span, entry: entry))
    texts.append(text ?? scalars.string(span.start..<span.end))
    lowers.append(lower)
    firstStart.append(Int32(span.start))
    slots[slot] = Int32(form + 1)
    slotHashes[slot] = hash
    if forms.count * 2 >= slots.count { grow() }
    return form
  }

  /// Where the form numbered `form` first occurs.
  func firstSpan(of form: Int) -> Span {
    let start = Int(firstStart[form])
    return Span(start, start + Int(forms[form].length))
  }

  /// The entry `value` holds, read through the dictionary's in-place access, which adds the
  /// default it was given when the key is new.
  private static func entry(_ value: inout Int32) -> Int { Int(value) }

  private func spells(_ form: Int, _ scalars: ScalarText, _ span: Span) -> Bool {
    guard Int(forms[form].length) == span.length else { return false }
    let start = Int(firstStart[form])
    for offset in 0..<span.length where scalars[start + offset] != scalars[span.start + offset] { return false }
    return true
  }

  private mutating func grow() {
    let old = (slots, slotHashes)
    slots = Array(repeating: 0, count: old.0.count * 2)
    slotHashes = Array(repeating: 0, count: slots.count)
    for (index, value) in old.0.enumerated() where value != 0 {
      var slot = Int(truncatingIfNeeded: old.1[index]) & (slots.count - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = value
      slotHashes[slot] = old.1[index]
    }
  }

  /// True when `span` of `scalars` is ASCII without a capital letter.
  private static func isLowerASCII(_ scalars: ScalarText, _ span: Span) -> Bool {
    for index in span.start..<span.end {
      let value = scalars[index].value
      if value >= 0x80 || value >= 0x41 && value <= 0x5A { return false }
    }
    return true
  }

  private static func hash(_ scalars: ScalarText, _ span: Span) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in span.start..<span.end { hash = (hash ^ UInt64(scalars[index].value)) &* 0x0000_0100_0000_01B3 }
    return hash ^ (hash >> 29)
  }
}
