/// One GET: the address, and the validators of the copy already held, so that an unchanged
/// resource is answered `304 Not Modified` without its body (a conditional GET).
public struct FetchRequest: Sendable, Equatable {
  public var address: WebAddress
  /// The `ETag` of the copy held, sent as `If-None-Match`.
  public var etag: String?
  /// The `Last-Modified` of the copy held, sent as `If-Modified-Since`.
  public var lastModified: String?

  public init(_ address: WebAddress, etag: String? = nil, lastModified: String? = nil) {
    self.address = address
    self.etag = etag
    self.lastModified = lastModified
  }
}
