import Foundation

/// What a server answered a GET with, after redirects: a `2xx` with its body, or `304 Not
/// Modified` (an empty body). Other statuses are a ``FetchError``.
public struct FetchResponse: Sendable {
  public var status: Int
  /// Where the body came from, after redirects.
  public var address: WebAddress
  /// The `Content-Type` header, if any (`text/html; charset=utf-8`).
  public var contentType: String?
  public var etag: String?
  public var lastModified: String?
  /// The body, decompressed.
  public var body: Data

  public init(
    status: Int, address: WebAddress, contentType: String? = nil, etag: String? = nil, lastModified: String? = nil,
    body: Data = Data()
  ) {
    self.status = status
    self.address = address
    self.contentType = contentType
    self.etag = etag
    self.lastModified = lastModified
    self.body = body
  }

  /// True for `304 Not Modified`: the copy held is current.
  public var isNotModified: Bool { status == 304 }

  /// The `charset` parameter of the content type, if any (`utf-8`).
  public var charset: String? {
    guard let contentType else { return nil }
    for parameter in contentType.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      if pair.count == 2, pair[0].lowercased() == "charset" {
        let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return value.isEmpty ? nil : value
      }
    }
    return nil
  }
}
