import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// The fetcher against the tests' server on 127.0.0.1: politeness, conditional GET, and each
/// hostile or broken case ending in its one-line error within bounds.
@Suite("WebFetcher")
struct WebFetcherTests {
  let server: NewsServer
  /// Tight limits, so the slow and endless cases end in seconds; room to connect, as a loaded
  /// machine may be slow to accept even on 127.0.0.1.
  let fetcher = WebFetcher(
    userAgent: "Gloss/test", limits: FetchLimits(connectTimeout: 30, totalTimeout: 40, lowSpeedBytes: 100, lowSpeedSeconds: 2, maxBytes: 1 << 20))

  init() throws { server = try NewsServer.start() }

  func fetch(_ path: String, etag: String? = nil) throws(FetchError) -> FetchResponse {
    try fetcher.fetch(FetchRequest(WebAddress(server.url(path))!, etag: etag))
  }

  func failure(_ path: String) -> FetchError.Reason? {
    do {
      _ = try fetch(path)
      return nil
    } catch {
      #expect(error.message.hasPrefix(server.url(path) + ": "))
      #expect(!error.message.contains("\n"))
      return error.reason
    }
  }

  @Test(.timeLimit(.minutes(3))) func aPageComesWithItsValidatorsAndPoliteHeaders() throws {
    let response = try fetch("page/polite")
    #expect(response.status == 200)
    #expect(String(decoding: response.body, as: UTF8.self).contains("Harbour council approves bridge polite"))
    #expect(response.etag == "\"page-polite\"")
    #expect(response.charset == "utf-8")
    let request = try #require(try server.requests(startingWith: "page/polite").last)
    #expect(request.headers["User-Agent"] == "Gloss/test")
    #expect(request.headers["Accept-Encoding"]?.contains("gzip") == true)
  }

  @Test(.timeLimit(.minutes(3))) func anUnchangedFeedIsAnswered304() throws {
    let first = try fetch("feed/fetcher-304")
    let etag = try #require(first.etag)
    #expect(first.lastModified != nil)
    let second = try fetch("feed/fetcher-304", etag: etag)
    #expect(second.isNotModified)
    #expect(second.body.isEmpty)
    let requests = try server.requests(startingWith: "feed/fetcher-304")
    #expect(requests.count == 2)
    #expect(requests.last?.headers["If-None-Match"] == etag)
  }

  @Test(.timeLimit(.minutes(3))) func redirectsAreFollowedFiveTimesAtMost() throws {
    let response = try fetch("redirect/3/page/moved")
    #expect(response.address.description == server.url("page/moved"))
    #expect(failure("redirect/6/page/moved") == .tooManyRedirects(5))
    #expect(failure("loop") == .tooManyRedirects(5))
  }

  @Test(.timeLimit(.minutes(3))) func onlyHTTPAndHTTPSAreFetchedEvenOnARedirect() {
    #expect(failure("to-file") == .redirectedOutside)
    #expect(WebAddress("file:///etc/passwd") == nil)
    #expect(WebAddress("ftp://127.0.0.1/x") == nil)
    #expect(FetchError.refusing("file:///etc/passwd").reason == .notWeb(scheme: "file"))
  }

  @Test(.timeLimit(.minutes(3))) func errorStatusesAndRateLimits() {
    #expect(failure("status/404") == .status(404))
    #expect(failure("status/500") == .status(500))
    #expect(failure("ratelimit") == .rateLimited(retryAfter: 120))
  }

  @Test(.timeLimit(.minutes(3))) func aSlowServerIsGivenUp() {
    #expect(failure("slow") == .tooSlow(bytes: 100, seconds: 2))
  }

  @Test(.timeLimit(.minutes(3))) func anEndlessAnswerIsCut() {
    #expect(failure("endless") == .tooLarge(bytes: 1 << 20))
  }

  @Test(.timeLimit(.minutes(3))) func unreachableAndUnknownHosts() throws {
    #expect(throws: FetchError("http://127.0.0.1:1/", .cannotConnect)) {
      try fetcher.fetch(FetchRequest(WebAddress("http://127.0.0.1:1/")!))
    }
    // A label over 63 characters fails in the resolver itself: no query leaves the machine.
    let unknown = "http://" + String(repeating: "a", count: 64) + ".invalid/"
    #expect(throws: FetchError(unknown, .hostNotFound)) { try fetcher.fetch(FetchRequest(WebAddress(unknown)!)) }
  }
}
