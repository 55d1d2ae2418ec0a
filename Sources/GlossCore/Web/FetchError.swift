/// Why a fetch gave no usable response, with a one-line message for the user and a sysexits
/// code. Each hostile or broken case of `docs/news.md` ends here, never in a hang.
public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in terms a reader can act on.
  public enum Reason: Sendable, Equatable {
    /// Not an `http`/`https` address (the scheme as written, or nil when it is no URL at all).
    case notWeb(scheme: String?)
    /// A redirect led to another scheme.
    case redirectedOutside
    case hostNotFound
    case cannotConnect
    case connectTimeout(seconds: Int)
    case timeout(seconds: Int)
    case tooSlow(bytes: Int, seconds: Int)
    case tooLarge(bytes: Int)
    case tooManyRedirects(Int)
    /// `429 Too Many Requests`, with the seconds `Retry-After` asks for, if any.
    case rateLimited(retryAfter: Int?)
    /// Any other status outside `2xx` and `304`.
    case status(Int)
    /// TLS and everything else, as libcurl words it.
    case transfer(String)
  }

  public var address: String
  public var reason: Reason

  public init(_ address: String, _ reason: Reason) {
    self.address = address
    self.reason = reason
  }

  /// One line naming the address and the problem.
  public var message: String { "\(address): \(explanation)" }

  public var description: String { message }

  /// The problem without the address.
  public var explanation: String {
    switch reason {
    case .notWeb(let scheme?): return "only http and https addresses are fetched, not \(scheme):"
    case .notWeb(nil): return "is not a web address"
    case .redirectedOutside: return "redirected to an address that is not http or https"
    case .hostNotFound: return "the host is not found (DNS)"
    case .cannotConnect: return "cannot connect to the host"
    case .connectTimeout(let seconds): return "no connection within \(seconds) s"
    case .timeout(let seconds): return "no complete answer within \(seconds) s"
    case .tooSlow(let bytes, let seconds):
      return "the server is too slow (under \(bytes) bytes a second for \(seconds) s)"
    case .tooLarge(let bytes): return "the answer is larger than \(bytes / 1_048_576) MB"
    case .tooManyRedirects(let count): return "more than \(count) redirects (a redirect loop?)"
    case .rateLimited(let seconds?): return "the server asks to wait (429 Too Many Requests, retry after \(seconds) s)"
    case .rateLimited(nil): return "the server asks to wait (429 Too Many Requests)"
    case .status(let status): return "the server answered \(status) \(Self.statusName(status))"
    case .transfer(let text): return "cannot be fetched (\(text))"
    }
  }

  /// The sysexits(3) code: 64 (EX_USAGE) for an address Gloss does not fetch, 66 (EX_NOINPUT)
  /// when the server has no such page, 68 (EX_NOHOST) for an unknown host, 75 (EX_TEMPFAIL)
  /// for what may pass (timeouts, 429, 5xx), 69 (EX_UNAVAILABLE) otherwise.
  public var exitCode: Int32 {
    switch reason {
    case .notWeb: return 64
    case .hostNotFound: return 68
    case .status(let status) where (400..<500).contains(status): return 66
    case .connectTimeout, .timeout, .tooSlow, .rateLimited: return 75
    case .status(let status) where status >= 500: return 75
    default: return 69
    }
  }

  static func statusName(_ status: Int) -> String {
    switch status {
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 410: "Gone"
    case 500: "Internal Server Error"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    default: (400..<500).contains(status) ? "(client error)" : status >= 500 ? "(server error)" : "(unexpected)"
    }
  }
}
