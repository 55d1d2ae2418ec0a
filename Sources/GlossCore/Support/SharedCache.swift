import Foundation

/// Values computed from a string once per process and shared by all the articles annotated in
/// it: the classes of a lower-case word, what the lexicons say of a name word. A library's
/// articles share most of their words, and finding a value here costs far less than asking the
/// lexicons again. Safe to use from several threads; it stops growing at `limit` keys.
final class SharedCache<Value: Sendable>: @unchecked Sendable {
  private let limit: Int
  private let lock = NSLock()
  private var values: [String: Value] = [:]

  /// An empty cache that keeps at most `limit` keys.
  init(limit: Int) { self.limit = limit }

  /// The value of `key`, made by `make` on first use.
  func value(of key: String, _ make: (String) -> Value) -> Value {
    lock.lock()
    let known = values[key]
    lock.unlock()
    if let known { return known }
    let made = make(key)
    lock.lock()
    if values.count < limit { values[key] = made }
    lock.unlock()
    return made
  }
}
