import Foundation
import GlossCore
import GlossTestSupport
import Testing

@testable import GlossUI

/// A long article opened from its preview: the background load reports progress and the whole
/// annotated article, can be cancelled without leaving a thread or a result behind, and the
/// reader takes the whole article in without moving what is on screen.
@Suite("Background load")
struct BackgroundLoadTests {
  /// A long text article: the THAAD sample's headline, then its body `copies` times.
  static func longArticle(copies: Int) throws -> String {
    let url = try TemporaryFolder.make().appendingPathComponent("long.txt")
    try Data(LongArticle.text(copies: copies).utf8).write(to: url)
    return url.path
  }

  /// Takes the load's news until `stop` says so or `seconds` pass; all the news taken.
  static func news(of load: BackgroundLoad, seconds: Double, until stop: ([BackgroundLoad.News]) -> Bool)
    -> [BackgroundLoad.News]
  {
    var all: [BackgroundLoad.News] = []
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline, !stop(all) {
      var descriptor = pollfd(fd: load.wakeDescriptor, events: Int16(POLLIN), revents: 0)
      _ = poll(&descriptor, 1, 50)
      all += load.takeNews()
    }
    return all
  }

  static func isFinished(_ news: BackgroundLoad.News) -> Bool {
    if case .finished = news { true } else { false }
  }

  @Test func aLoadEndsWithTheWholeArticleAnnotatedAsInOneGo() throws {
    let path = try Self.longArticle(copies: 20)
    let load = BackgroundLoad(path: path, choice: nil, piece: 7)
    load.shapeBody(width: 70, expanded: false)
    load.start()
    let news = Self.news(of: load, seconds: 120) { $0.contains(where: Self.isFinished) }
    guard case .finished(let loaded) = try #require(news.last { Self.isFinished($0) }) else { return }
    let whole = try ArticleLoader().load(path).article
    #expect(loaded.document.article.length == whole.length)
    #expect(loaded.document.annotations.quotes == Annotator().annotate(whole).quotes)
    #expect(loaded.document.quotes.count == 14 * 20)
    #expect(loaded.body.width == 70, "wrapped at the width the reader asked for")
    #expect(news.contains { if case .progress(.annotating) = $0 { true } else { false } })
    #expect(load.waitUntilStopped(timeout: 10))
    #expect(!load.isRunning)
  }

  @Test func thePreviewIsAnnotatedFirstAndTheWholeArticleAfter() throws {
    let path = try Self.longArticle(copies: 20)
    let preview = try #require(ArticlePreview.load(path, threshold: 1000, length: 16 * 1024)).article
    let load = BackgroundLoad(path: path, preview: preview, choice: nil)
    load.start()
    let news = Self.news(of: load, seconds: 120) { $0.contains(where: Self.isFinished) }
    let first = try #require(news.firstIndex { if case .annotatedSoFar = $0 { true } else { false } })
    let finished = try #require(news.firstIndex(where: Self.isFinished))
    #expect(first < finished)
    guard case .annotatedSoFar(let document) = news[first] else { return }
    #expect(document.article.length == preview.length)
    #expect(document.annotations.quotes == Annotator().annotate(preview).quotes)
    #expect(document.quotes.count >= 3)
  }

  /// The kind of each piece of news, progress left out, in order.
  static func kinds(_ news: [BackgroundLoad.News]) -> [String] {
    news.compactMap {
      switch $0 {
      case .progress: nil
      case .annotatedSoFar(let document): "so far \(document.article.length)"
      case .wholeText(let document, _): "text \(document.article.length)"
      case .finished: "finished"
      case .failed: "failed"
      }
    }
  }

  @Test func theWholeTextComesAtOnceAndTheAnnotationsFillAsSectionsAreDone() throws {
    let path = try Self.longArticle(copies: 60)
    let preview = try #require(ArticlePreview.load(path, threshold: 1000, length: 16 * 1024)).article
    let load = BackgroundLoad(path: path, preview: preview, choice: nil, section: 60_000)
    load.shapeBody(width: 70, expanded: false)
    load.start()
    let news = Self.news(of: load, seconds: 120) { $0.contains(where: Self.isFinished) }
    let whole = try ArticleLoader().load(path).article
    let sections = whole.sections(upTo: 60_000).count
    #expect(sections == 5)
    #expect(
      Self.kinds(news) == [
        "so far \(preview.length)", "text \(whole.length)", "so far \(whole.length)", "so far \(whole.length)",
        "finished",
      ], "after 1 and 4 sections of 5")
    var quotes: [Int] = []
    for item in news {
      switch item {
      case .wholeText(let document, let body):
        #expect(document.annotations.quotes == Annotator().annotate(preview).quotes, "the preview's quotes, still")
        #expect(body.rows == BodyLayout(document: document, width: 70, expanded: false).rows, "wrapped whole")
      case .annotatedSoFar(let document) where document.article.length == whole.length:
        quotes.append(document.quotes.count)
      case .finished(let loaded):
        quotes.append(loaded.document.quotes.count)
      default: break
      }
    }
    #expect(quotes == quotes.sorted() && quotes.count == 3 && quotes.last == 14 * 60, "\(quotes)")
    let fractions = news.compactMap { if case .progress(.annotating(let f)) = $0 { f } else { nil } }
    #expect(fractions == fractions.sorted(), "progress only goes forward")
  }

  @Test func aCancelledLoadEndsItsThreadAndReportsNoResult() throws {
    let path = try Self.longArticle(copies: 200)
    let load = BackgroundLoad(path: path, choice: nil, piece: 1)
    load.start()
    let before = Self.news(of: load, seconds: 60) {
      $0.contains { if case .progress(.annotating) = $0 { true } else { false } }
    }
    #expect(!before.contains(where: Self.isFinished), "cancelled midway, not after the end")
    load.cancel()
    #expect(load.waitUntilStopped(timeout: 10), "the thread ends at the next piece")
    #expect(!load.isRunning)
    let after = load.takeNews()
    #expect(!after.contains(where: Self.isFinished))
  }

  @Test func aMissingFileIsReportedAsAFailure() throws {
    let load = BackgroundLoad(path: "/no/such/article.txt", choice: nil)
    load.start()
    let news = Self.news(of: load, seconds: 10) { $0.contains { if case .failed = $0 { true } else { false } } }
    #expect(news.contains { if case .failed(let message) = $0 { message.contains("no such file") } else { false } })
  }

  @Test func theWholeArticleReplacesThePreviewWithoutMovingTheText() throws {
    let path = try Self.longArticle(copies: 40)
    let preview = try #require(ArticlePreview.load(path, threshold: 1000, length: 32 * 1024))
    var state = ReaderFixtures.state(preview.article, width: 100, height: 30)
    state.showLoading(.annotating(0.42))
    #expect(state.statusLine.contains("annotating 42%"))
    #expect(state.statusLine.contains("notes once loaded"), "no note count before the notes are read")
    #expect(state.screen.contains { $0.contains("(annotating 42%)") }, "the empty panes say why")
    #expect(state.screen.contains { $0.contains("2 Quotes (…)") }, "no count before there is one")
    state.type("6")
    #expect(state.screen.contains { $0.contains("(notes open once") })
    state.type("1")
    state.type("jjjjjjjjjjjjjjjjjjjjjjjjj")
    let scrolled = state.body.rows[state.bodyTop].span
    state.type("v")
    #expect(state.selection == nil, "no notes on a preview")
    #expect(state.message?.text.contains("still loading") == true)

    state.showAnnotationsSoFar(
      ReaderDocument(article: preview.article, annotations: Annotator().annotate(preview.article)))
    #expect(state.screen.contains { $0.contains("Reuters: China wants") }, "the preview's quotes show")
    #expect(state.body.rows[state.bodyTop].span == scrolled, "the text stays where it was")
    state.type("g]")
    #expect(state.currentQuote == 0)
    #expect(state.statusLine.contains("annotating 42% │ 1/"))
    #expect(state.statusLine.contains(" so far Reuters"))
    let top = state.body.rows[state.bodyTop].span

    let whole = try ArticleLoader().load(path)
    let sofar = ReaderDocument(article: whole.article, annotations: Annotator().annotate(preview.article))
    state.showWholeText(sofar, body: BodyLayout(document: sofar, width: state.textWidth, expanded: false))
    #expect(state.body.rows[state.bodyTop].span == top, "the whole text in place, the same text on top")
    #expect(state.currentQuote == 0 && state.statusLine.contains(" so far Reuters"))
    state.type("G")
    #expect(state.bodyTop > state.body.rows.count - 30, "all of it can be read")
    state.type("/Yang Jiechi")
    state.press(.enter)
    #expect(state.search.matches.count == 40, "and searched")
    state.press(.escape)
    state.type("v")
    #expect(state.selection == nil, "notes still wait for the annotations")
    state.type("gjjjjjjjjjjjjjjjjjjjjjjjjj")
    let again = state.body.rows[state.bodyTop].span
    var run = AnnotationRun(article: whole.article, section: 60_000)
    while run.advance(), run.annotationsSoFar == nil {}
    state.showAnnotationsSoFar(ReaderDocument(article: whole.article, annotations: try #require(run.annotationsSoFar)))
    #expect(state.body.rows[state.bodyTop].span == again, "annotations arriving do not move the text")
    #expect(state.loading != nil)
    let document = ReaderDocument(article: whole.article, annotations: Annotator().annotate(whole.article))
    let sets = ArticleAnnotationSets(automatic: document.annotations)
    state.finishLoading(
      LoadedDocument(
        loaded: whole, sets: sets, choice: .auto, document: document,
        body: BodyLayout(document: document, width: state.textWidth, expanded: false), warnings: []))
    #expect(state.loading == nil)
    #expect(state.body.rows[state.bodyTop].span == again)
    #expect(state.statusLine.contains("–/560 quotes"))
    #expect(state.body.rows.count > 40 * 30)
    state.type("g]")
    #expect(state.currentQuote == 0)
  }
}
