import Foundation

/// Values computed from a string once per process and shared by all the articles annotated in
/// it: the classes of a lower-case word, what the lexicons say of a name word. A library's
/// articles share most of their words, and finding a value here costs far less than asking the
/// lexicons again. Safe to use from several threads; it stops growing at `limit` keys.
///
/// Reads take a shared lock, so the workers of a library find values side by side and wait only
/// while a new value is stored.
final class SharedCache<Value: Sendable>: @unchecked Sendable {
  private let limit: Int
  private let lock: UnsafeMutablePointer<pthread_rwlock_t>
  private var values: [String: Value] = [:]

  /// An empty cache that keeps at most `limit` keys.
  init(limit: Int) {
    self.limit = limit
    lock = .allocate(capacity: 1)
    lock.initialize(to: pthread_rwlock_t())
    pthread_rwlock_init(lock, nil)
  }

  deinit {
    pthread_rwlock_destroy(lock)
    lock.deallocate()
  }

  /// The value of `key`, made by `make` on first use.
  func value(of key: String, _ make: (String) -> Value) -> Value {
    pthread_rwlock_rdlock(lock)
    let known = values[key]
    pthread_rwlock_unlock(lock)
    if let known { return known }
    let made = make(key)
    pthread_rwlock_wrlock(lock)
    if values.count < limit { values[key] = made }
    pthread_rwlock_unlock(lock)
    return made
  }
}
