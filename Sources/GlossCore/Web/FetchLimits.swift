/// How long and how much one fetch may take before it is given up: the bounds that keep a slow,
/// endless or hostile server from hanging Gloss (see `docs/news.md`, "Fetching").
public struct FetchLimits: Sendable, Equatable {
  /// Seconds to wait for the connection (DNS and TLS included).
  public var connectTimeout: Int
  /// Seconds the whole transfer may take, redirects included.
  public var totalTimeout: Int
  /// A transfer slower than `lowSpeedBytes` a second for `lowSpeedSeconds` seconds is given up:
  /// a server sending a byte a second fails long before the total timeout.
  public var lowSpeedBytes: Int
  public var lowSpeedSeconds: Int
  /// The largest response body kept, in bytes (after decompression).
  public var maxBytes: Int
  /// The most redirects followed.
  public var maxRedirects: Int

  public init(
    connectTimeout: Int = 10, totalTimeout: Int = 60, lowSpeedBytes: Int = 256, lowSpeedSeconds: Int = 15,
    maxBytes: Int = 16 << 20, maxRedirects: Int = 5
  ) {
    self.connectTimeout = connectTimeout
    self.totalTimeout = totalTimeout
    self.lowSpeedBytes = lowSpeedBytes
    self.lowSpeedSeconds = lowSpeedSeconds
    self.maxBytes = maxBytes
    self.maxRedirects = maxRedirects
  }
}
