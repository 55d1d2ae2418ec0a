internal import CCurl
import Foundation

/// Fetches web pages and feeds with libcurl, politely and within bounds: a `User-Agent` naming
/// Gloss, gzip, connect and total timeouts, a floor on speed, at most ``FetchLimits/maxRedirects``
/// redirects and only to `http`/`https`, a cap on the body (checked as it arrives, after
/// decompression), and conditional GETs. A fetch blocks its thread; each call has its own
/// libcurl handle, so threads may fetch at once (``FeedRefresher`` keeps one a host).
public struct WebFetcher: Sendable {
  public var limits: FetchLimits
  /// The `User-Agent` header: `Gloss/VERSION`.
  public var userAgent: String

  public init(userAgent: String, limits: FetchLimits = FetchLimits()) {
    self.userAgent = userAgent
    self.limits = limits
  }

  /// libcurl loaded (on the first fetch, not at start-up: see `Sources/CCurl/shim.h`) and set
  /// up once, before any thread fetches.
  private static let loaded: Bool = gloss_curl_load() != 0

  /// Fetches `request`: a `2xx` or `304` response, else why not.
  public func fetch(_ request: FetchRequest) throws(FetchError) -> FetchResponse {
    let address = request.address.description
    guard Self.loaded, let handle = gloss_curl_easy_init() else {
      throw FetchError(address, .transfer("libcurl.so.4 cannot be loaded"))
    }
    defer { gloss_curl_easy_cleanup(handle) }
    let body = ResponseBody(cap: limits.maxBytes)
    let context = Unmanaged.passRetained(body)
    defer { context.release() }
    var headers: UnsafeMutablePointer<curl_slist>?
    if let etag = request.etag { headers = gloss_curl_slist_append(headers, "If-None-Match: \(etag)") }
    if let modified = request.lastModified { headers = gloss_curl_slist_append(headers, "If-Modified-Since: \(modified)") }
    defer { gloss_curl_slist_free_all(headers) }
    configure(handle, address: address, headers: headers, context: context.toOpaque())
    let code = gloss_curl_easy_perform(handle)
    if code != CURLE_OK { throw failure(code, handle: handle, body: body, address: address) }
    return try response(handle, body: body, address: request.address)
  }

  private func configure(
    _ handle: UnsafeMutableRawPointer, address: String, headers: UnsafeMutablePointer<curl_slist>?,
    context: UnsafeMutableRawPointer
  ) {
    gloss_curl_set_string(handle, CURLOPT_URL, address)
    gloss_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
    gloss_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
    gloss_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
    gloss_curl_set_long(handle, CURLOPT_MAXREDIRS, limits.maxRedirects)
    gloss_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT, limits.connectTimeout)
    gloss_curl_set_long(handle, CURLOPT_TIMEOUT, limits.totalTimeout)
    gloss_curl_set_long(handle, CURLOPT_LOW_SPEED_LIMIT, limits.lowSpeedBytes)
    gloss_curl_set_long(handle, CURLOPT_LOW_SPEED_TIME, limits.lowSpeedSeconds)
    gloss_curl_set_long(handle, CURLOPT_MAXFILESIZE, limits.maxBytes)
    gloss_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
    gloss_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
    gloss_curl_set_string(handle, CURLOPT_USERAGENT, userAgent)
    gloss_curl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headers))
    gloss_curl_set_write_function(handle, ResponseBody.write)
    gloss_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
  }

  /// The finished transfer as a response, or the status that makes it a failure.
  private func response(
    _ handle: UnsafeMutableRawPointer, body: ResponseBody, address: WebAddress
  ) throws(FetchError) -> FetchResponse {
    let status = info(handle, CURLINFO_RESPONSE_CODE, 0)
    let final = info(handle, CURLINFO_EFFECTIVE_URL, UnsafePointer<CChar>?.none).flatMap { WebAddress(String(cString: $0)) }
    switch status {
    case 200..<300, 304:
      return FetchResponse(
        status: status, address: final ?? address, contentType: header(handle, "Content-Type"),
        etag: header(handle, "ETag"), lastModified: header(handle, "Last-Modified"), body: body.data)
    case 429:
      let retry = info(handle, CURLINFO_RETRY_AFTER, curl_off_t(0))
      throw FetchError(address.description, .rateLimited(retryAfter: retry > 0 ? Int(retry) : nil))
    default:
      throw FetchError(address.description, .status(status))
    }
  }

  /// What libcurl knows of `item` (a value of `initial`'s type, as its documentation says).
  private func info<Value>(_ handle: UnsafeMutableRawPointer, _ item: CURLINFO, _ initial: Value) -> Value {
    var value = initial
    _ = withUnsafeMutablePointer(to: &value) { gloss_curl_info(handle, item, $0) }
    return value
  }

  private func header(_ handle: UnsafeMutableRawPointer, _ name: String) -> String? {
    gloss_curl_header(handle, name).map { String(cString: $0) }
  }

  /// What libcurl's failure `code` means for the reader.
  private func failure(
    _ code: CURLcode, handle: UnsafeMutableRawPointer, body: ResponseBody, address: String
  ) -> FetchError {
    switch code {
    case CURLE_COULDNT_RESOLVE_HOST: return FetchError(address, .hostNotFound)
    case CURLE_COULDNT_CONNECT: return FetchError(address, .cannotConnect)
    case CURLE_UNSUPPORTED_PROTOCOL: return FetchError(address, .redirectedOutside)
    case CURLE_TOO_MANY_REDIRECTS: return FetchError(address, .tooManyRedirects(limits.maxRedirects))
    case CURLE_FILESIZE_EXCEEDED: return FetchError(address, .tooLarge(bytes: limits.maxBytes))
    case CURLE_WRITE_ERROR where body.overflowed: return FetchError(address, .tooLarge(bytes: limits.maxBytes))
    case CURLE_OPERATION_TIMEDOUT:
      // No connection, and the time spent is the connection's allowance: a low-speed abort
      // can also come before libcurl records the connection, and is the server's slowness.
      let elapsed = info(handle, CURLINFO_TOTAL_TIME, 0.0)
      if info(handle, CURLINFO_CONNECT_TIME, 0.0) == 0, elapsed >= Double(limits.connectTimeout) - 0.5 {
        return FetchError(address, .connectTimeout(seconds: limits.connectTimeout))
      }
      if elapsed < Double(limits.totalTimeout) - 0.5 {
        return FetchError(address, .tooSlow(bytes: limits.lowSpeedBytes, seconds: limits.lowSpeedSeconds))
      }
      return FetchError(address, .timeout(seconds: limits.totalTimeout))
    default:
      return FetchError(address, .transfer(String(cString: gloss_curl_strerror(code))))
    }
  }
}

/// The body of a response as it arrives, refused past its cap (so an endless answer ends).
private final class ResponseBody {
  let cap: Int
  var data = Data()
  var overflowed = false

  init(cap: Int) { self.cap = cap }

  /// libcurl's write callback: appends the bytes, or takes none (which stops the transfer) when
  /// they would pass the cap.
  static let write: gloss_curl_write_function = { bytes, size, count, context in
    guard let bytes, let context else { return 0 }
    let body = Unmanaged<ResponseBody>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard body.data.count + length <= body.cap else {
      body.overflowed = true
      return 0
    }
    body.data.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: length)
    return length
  }
}
