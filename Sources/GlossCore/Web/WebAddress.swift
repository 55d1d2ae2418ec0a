import Foundation

/// An `http` or `https` address, the only kind Gloss fetches: a feed or a page cannot make it
/// read `file:` or any other scheme, and redirects are held to the same two (``WebFetcher``).
public struct WebAddress: Sendable, Hashable, CustomStringConvertible {
  public let url: URL

  /// The address `text` names, or nil when it is not an absolute `http`/`https` URL with a host.
  public init?(_ text: String) {
    guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)), Self.isWeb(url) else { return nil }
    self.url = url
  }

  /// `reference` (absolute, or relative to `base`) as a web address, or nil.
  public init?(_ reference: String, relativeTo base: WebAddress) {
    guard let url = URL(string: reference.trimmingCharacters(in: .whitespaces), relativeTo: base.url)?.absoluteURL,
      Self.isWeb(url)
    else { return nil }
    self.url = url
  }

  public var description: String { url.absoluteString }

  /// The host, lower-cased: what "one connection per host" counts by.
  public var host: String { url.host?.lowercased() ?? "" }

  /// True when `text` is written as a URL (`scheme://…`) rather than a path, so that it is
  /// fetched, or refused for its scheme, instead of being looked for as a file.
  public static func looksLikeURL(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":"), text[colon...].hasPrefix("://") else { return false }
    let scheme = text[..<colon]
    return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
  }

  static func isWeb(_ url: URL) -> Bool {
    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return false }
    return !(url.host ?? "").isEmpty
  }
}
