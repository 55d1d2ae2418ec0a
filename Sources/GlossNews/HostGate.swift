import Foundation

/// One connection per host at a time: a fetch holds its host's lock, so threads refreshing
/// feeds of several hosts fetch in parallel and never two at once from one.
final class HostGate: @unchecked Sendable {
  private let lock = NSLock()
  private var locks: [String: NSLock] = [:]

  /// Runs `fetch` while holding `host`'s lock.
  func withHost<Value, Failure: Error>(_ host: String, _ fetch: () throws(Failure) -> Value) throws(Failure) -> Value {
    let hostLock = lock.withLock {
      if let existing = locks[host] { return existing }
      let created = NSLock()
      locks[host] = created
      return created
    }
    hostLock.lock()
    defer { hostLock.unlock() }
    return try fetch()
  }
}
