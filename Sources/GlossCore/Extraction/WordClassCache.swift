import Foundation

/// The classes of every lower-case word met so far in this process, shared by all the articles
/// annotated in it: a library's articles share most of their words, and looking a word up in
/// the lexicons (``WordClass/of(_:)``) costs far more than finding it here. Safe to use from
/// several threads; it stops growing at ``limit`` words.
final class WordClassCache: @unchecked Sendable {
  static let shared = WordClassCache()

  /// Enough for the vocabulary of a large library (a few megabytes).
  static let limit = 500_000

  private let lock = NSLock()
  private var classes: [String: WordClass] = [:]

  /// The classes of `lower`, computed on first use.
  func classes(of lower: String) -> WordClass {
    lock.lock()
    let known = classes[lower]
    lock.unlock()
    if let known { return known }
    let found = WordClass.of(lower)
    lock.lock()
    if classes.count < Self.limit { classes[lower] = found }
    lock.unlock()
    return found
  }
}
