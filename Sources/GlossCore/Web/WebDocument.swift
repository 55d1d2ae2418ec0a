import Foundation

/// What `gloss URL` opens: the article of a page, or the items of a feed as a library (a feed's
/// address, or a page with no article that links a feed). Feed items are read from their own
/// content here; the full text of each linked page is what subscribing adds (``FeedRefresher``).
public enum WebDocument: Sendable {
  case article(LoadedArticle)
  case feed(Library)

  /// Fetches `text` and reads what it holds; any failure is one line with its exit status.
  public static func open(_ text: String, fetcher: WebFetcher) throws(LibraryReadError) -> WebDocument {
    let response = try fetch(address(text), fetcher)
    switch WebResource(response) {
    case .feed(let feed):
      return .feed(library(feed, address: response.address))
    case .otherXML:
      throw LibraryReadError(message: "\(text): is XML but not an RSS or Atom feed", exitCode: 65)
    case .article(let data, let format):
      do {
        return .article(try article(data, format: format, address: response.address, name: text))
      } catch .noArticle(let name) where format == .html {
        guard let (feed, feedResponse) = try linkedFeed(in: data, base: response.address, fetcher) else {
          throw LibraryReadError(ArticleLoadError.noArticle(name: name))
        }
        return .feed(library(feed, address: feedResponse.address))
      } catch {
        throw LibraryReadError(error)
      }
    }
  }

  /// The feed at `text` (what `gloss feeds add` subscribes to): the address's own, or the first
  /// feed a page there links; with the response it came in (its final address, validators).
  public static func feed(at text: String, fetcher: WebFetcher) throws(LibraryReadError) -> (Feed, FetchResponse) {
    let response = try fetch(address(text), fetcher)
    switch WebResource(response) {
    case .feed(let feed): return (feed, response)
    case .article(let data, .html):
      if let linked = try linkedFeed(in: data, base: response.address, fetcher) { return linked }
    default: break
    }
    throw LibraryReadError(message: "\(text): is not an RSS or Atom feed, nor a page that links one", exitCode: 65)
  }

  /// The first feed `page` links, fetched; nil when it links none.
  static func linkedFeed(
    in page: Data, base: WebAddress, _ fetcher: WebFetcher
  ) throws(LibraryReadError) -> (Feed, FetchResponse)? {
    guard let linked = FeedLinks.find(in: page, base: base).first else { return nil }
    let response = try fetch(linked, fetcher)
    guard case .feed(let feed) = WebResource(response) else {
      throw LibraryReadError(message: "\(linked): the page's feed is not an RSS or Atom feed", exitCode: 65)
    }
    return (feed, response)
  }

  /// `text` as a web address, or the error refusing it.
  static func address(_ text: String) throws(LibraryReadError) -> WebAddress {
    guard let address = WebAddress(text) else { throw LibraryReadError(FetchError.refusing(text)) }
    return address
  }

  /// The article in `data`, fetched from `address` and named `name` in messages; a page that
  /// does not say where it lives gets its address as its URL (for notes and `o`).
  public static func article(
    _ data: Data, format: ArticleFormat, address: WebAddress, name: String
  ) throws(ArticleLoadError) -> LoadedArticle {
    var loaded = try ArticleLoader().load(data, name: name, format: format)
    if loaded.article.metadata.url == nil { loaded.article.metadata.url = address.description }
    return loaded
  }

  static func fetch(_ address: WebAddress, _ fetcher: WebFetcher) throws(LibraryReadError) -> FetchResponse {
    do {
      return try fetcher.fetch(FetchRequest(address))
    } catch {
      throw LibraryReadError(error)
    }
  }

  static func library(_ feed: Feed, address: WebAddress) -> Library {
    var library = Library()
    library.addItems(of: feed, named: address.description, feedFolder: nil)
    return library
  }
}

extension FetchError {
  /// The error for `text`, which is not a web address: its scheme is not fetched, or it is no
  /// URL at all.
  public static func refusing(_ text: String) -> FetchError {
    let scheme = text.firstIndex(of: ":").map { String(text[..<$0]) }
    return FetchError(text, .notWeb(scheme: WebAddress.looksLikeURL(text) ? scheme : nil))
  }
}

extension LibraryReadError {
  /// The failure to fetch a page or feed.
  public init(_ error: FetchError) {
    self.init(message: error.message, exitCode: error.exitCode)
  }
}
