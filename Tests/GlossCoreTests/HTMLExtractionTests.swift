import Foundation
import Testing

@testable import GlossCore

/// Article extraction from hand-written pages that imitate real layouts: the article's
/// paragraphs come out, the page's furniture does not.
@Suite("HTML extraction")
struct HTMLExtractionTests {
  /// Checks that `name`'s text holds every one of `kept` and none of `dropped`.
  func expect(_ name: String, keeps kept: [String], drops dropped: [String]) throws {
    let text = try HTMLTestPages.text(name)
    for phrase in kept { #expect(text.contains(phrase), "\(name) lost “\(phrase)”") }
    for phrase in dropped { #expect(!text.contains(phrase), "\(name) kept “\(phrase)”") }
  }

  @Test func newsSiteKeepsTheStoryAndDropsTheFurniture() throws {
    try expect(
      "news-site.html",
      keeps: [
        "The harbour council voted on Monday night", "Engineers from the national coastal agency",
        "Opponents, led by the fishermen's association", "Work is expected to begin next spring",
      ],
      drops: [
        "We use cookies", "Accept all", "Skip to content", "Politics", "Search the Ledger",
        "Advertisement", "By Maria Okafor", "Share on Twitter", "Topics:", "Related stories",
        "Storm damage bill", "Comments (3)", "About time too", "Post comment", "Sign up for our",
        "All rights reserved", "dataLayer", "font-family", "Loading advertisement",
      ])
    let article = try HTMLTestPages.load("news-site.html").article
    #expect(
      article.string(try #require(article.headline))
        == "Harbour council approves flood barrier after long dispute")
    #expect(article.paragraphs.count == 5)
    #expect(article.metadata.source == "The Coastal Ledger")
    #expect(article.metadata.author == "Maria Okafor")
    #expect(article.metadata.date == "2024-03-12T09:30:00Z")
    #expect(article.metadata.url == "https://ledger.example.com/news/2024/03/flood-barrier")
  }

  @Test func textHasThePlainTextLayout() throws {
    let article = try HTMLTestPages.load("news-site.html").article
    #expect(
      article.text.hasPrefix(
        "Harbour council approves flood barrier after long dispute\n\nThe harbour"))
    #expect(article.text.hasSuffix("closed to visitors.\n"))
    let reparsed = ArticleReader.read(article.text, format: .text)
    #expect(reparsed.headline == article.headline)
    #expect(reparsed.paragraphs.map(\.span) == article.paragraphs.map(\.span))
  }

  @Test func readerParsesDecodedHTMLText() throws {
    let page = try String(contentsOfFile: HTMLTestPages.path("german.html"), encoding: .utf8)
    #expect(ArticleReader.read(page, format: .html).text == (try HTMLTestPages.text("german.html")))
    #expect(ArticleReader.read("<p>menu</p>", format: .html).paragraphs.isEmpty)
  }

  @Test func magazineReadsJSONLDAndFigures() throws {
    try expect(
      "magazine.html",
      keeps: [
        "After decades of decline", "At ten past eight in the evening",
        "Night trains remain hard to run at a profit",
      ],
      drops: [
        "A sleeper carriage waits at a platform in Vienna",
        "Subscribe from", "Sign in", "The train is the holiday", "9 min read", "Sign up to our",
        "Most popular", "The bakers keeping sourdough honest", "Terms, privacy and cookies",
        "Newsletter",
      ])
    let article = try HTMLTestPages.load("magazine.html").article
    #expect(article.title == "The Quiet Return of the Night Train")
    #expect(article.metadata.author == "Luca Bianchi, Sofia Lind")
    #expect(article.metadata.source == "Meridian Magazine")
    #expect(article.metadata.date == "2023-10-05T06:00:00+01:00")
    #expect(article.metadata.url == "https://meridian.example.net/travel/night-train")
    let headings = article.paragraphs.filter { $0.role == .heading }.map { article.string($0.span) }
    #expect(headings == ["A second life", "The economics"])
  }

  @Test func blogWithoutSemanticMarkupKeepsThePost() throws {
    try expect(
      "blog.html",
      keeps: [
        "For three years I kept every task in an app",
        "So last spring I switched to a paper notebook",
        "The surprising part is how much I dropped",
      ],
      drops: [
        "Small Notes", "thoughts on work", "Archive", "Posted on", "This entry was posted",
        "2 Responses", "I did the same thing", "Recent Posts", "Proudly powered",
      ])
    let article = try HTMLTestPages.load("blog.html").article
    #expect(article.title == "Why I stopped using a to-do app")
    #expect(article.metadata.author == "Dana")
    let paragraphs = Fixtures.paragraphTexts(article)
    #expect(paragraphs.count == 3)
    #expect(paragraphs[0].contains("my watch.\nIt was very good"))
  }

  @Test func pageWrappedInAFormKeepsTheStorySplitByAds() throws {
    try expect(
      "form-wrapped.html",
      keeps: [
        "Port strike enters second week\n\nDock workers at the northern port",
        "The union says its members", "Shipping companies have begun diverting vessels",
      ],
      drops: [
        "Northern Courier", "Sport", "ads.push", "Advertisement", "Most read", "Council tax",
        "Copyright",
      ])
  }

  @Test func teaserCardsDoNotWinOverTheStory() throws {
    try expect(
      "teaser-cards.html",
      keeps: [
        "Scientists map the seabed off the cape\n\nResearchers have completed",
        "said Dr. Anika Rao",
      ],
      drops: ["Science Daily Post", "Comet seen", "A bright comet", "Bees prefer", "May 2"])
    #expect(try HTMLTestPages.load("teaser-cards.html").article.paragraphs.count == 3)
  }

  @Test func headlineInAHeaderBesideTheBody() throws {
    let page = """
      <html><body><header class="site"><a href="/">Site</a><nav><a href="/a">A</a></nav></header>
      <header class="article-header"><h1>Headline beside the body</h1></header>
      <div class="article-body"><p>The body of the story, with a comma, long enough to count.</p></div>
      </body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(
      text
        == "Headline beside the body\n\nThe body of the story, with a comma, long enough to count.\n"
    )
  }

  @Test func pageHiddenBehindAConsentDialogIsStillRead() throws {
    let page = """
      <html><head><title>Consent</title></head><body><div id="page" aria-hidden="true"><div class="content">
      <p>The article text is behind a consent dialog, which sets aria-hidden on the page.</p>
      <p style="display: none">Hidden text that no reader sees, and that must stay hidden.</p>
      <p hidden>Also hidden, with the hidden attribute, and long enough to score.</p>
      </div></div><div role="dialog" aria-modal="true"><p>We value your privacy, and so do our many partners.</p></div></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(
      text
        == "Consent\n\nThe article text is behind a consent dialog, which sets aria-hidden on the page.\n"
    )
  }

  @Test func commentsMarkedUpAsArticlesAreDropped() throws {
    let comment =
      "<article class=\"comment\"><p>A long comment that goes on and on, with commas, opinions, asides, and more commas, longer than the post itself.</p></article>"
    let page = """
      <html><body><main><h1>Short post</h1>
      <p>The post itself is short, with one comma.</p>
      <section class="comments-area">\(String(repeating: comment, count: 4))</section></main></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(text == "Short post\n\nThe post itself is short, with one comma.\n")
  }

  @Test func latin1PageIsDecodedAsWindows1252() throws {
    let loaded = try HTMLTestPages.load("latin1-french.html")
    #expect(loaded.warnings.isEmpty)
    try expect(
      "latin1-french.html",
      keeps: [
        "Le village qui a dit non à l’autoroute\n\nLes habitants de Saint-Aubin-des-Prés",
        "« Nous ne sommes pas contre le progrès, nous sommes contre le bruit »",
        "Françoise Lemaire", "qu’une valeur consultative … mais",
      ],
      drops: [
        "Petites annonces", "Météo", "Publié le", "Chronologie du projet", "Tous droits",
        "\u{FFFD}",
      ])
  }

  @Test func undeclaredNonUTF8PageIsReadAsWindows1252WithAWarning() throws {
    let page =
      "<html><body><article><h1>Caf\u{E9}</h1><p>\u{201C}Tr\u{E8}s bien\u{201D}, dit-il, \u{E0} la fin de la r\u{E9}union du conseil.</p></article></body></html>"
    let data = try #require(page.data(using: .windowsCP1252))
    let loaded = try ArticleLoader().load(data, name: "page.html", format: .html)
    #expect(
      loaded.article.text == "Café\n\n“Très bien”, dit-il, à la fin de la réunion du conseil.\n")
    #expect(
      loaded.warnings == [
        "page.html: no charset known to Gloss is declared and the page is not UTF-8; read as Windows-1252"
      ])
  }

  @Test func otherLanguagesAndScripts() throws {
    try expect(
      "german.html",
      keeps: ["„Wir haben eine große Chance vertan“, sagte er", "Die Opposition hatte vor allem"],
      drops: [
        "Cookies", "Startseite", "Von Jana Schreiber", "Mehr zum Thema", "Rheinblick Plus",
        "Impressum",
      ])
    try expect(
      "japanese.html",
      keeps: ["市立図書館、開館時間を夜十時まで延長へ\n\n市教育委員会は十五日", "慎重な意見も出ている。"],
      drops: ["スポーツ", "アクセスランキング", "新駅の名前が決定", "みなと新聞社"])
  }

  @Test func bylineNamesTheAuthorWhenTheMetadataDoesNot() throws {
    #expect(try HTMLTestPages.load("german.html").article.metadata.author == "Jana Schreiber")
    #expect(
      HTMLPageMetadata.author(inByline: "By Maria Okafor, Environment correspondent")
        == "Maria Okafor")
    #expect(
      HTMLPageMetadata.author(inByline: String(repeating: "A long biography. ", count: 10)) == nil)
  }

  @Test func pageBuiltByJavaScriptIsReadFromItsJSONLDBody() throws {
    let page = """
      <html><head><title>App</title><script type="application/ld+json">
      {"@type": "NewsArticle", "headline": "Rendered later",
       "articleBody": "First paragraph of the story.\\n\\nSecond paragraph."}
      </script></head><body><div id="root"></div><script>render()</script></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(text == "Rendered later\n\nFirst paragraph of the story.\n\nSecond paragraph.\n")
  }

  @Test func blockquotesAndInlineQuotes() throws {
    let article = try HTMLTestPages.load("quotes.html").article
    let quoted = article.paragraphs.filter { $0.role == .blockquote }.map {
      article.string($0.span)
    }
    #expect(
      quoted == [
        "“Nobody who works on the railway today will lose their job because of this reform. We are building a network for the next fifty years, and we will need every driver, every guard and every engineer we have.",
        "“I have said this to the unions in private and I am saying it to you in public.”",
        "“The reform is a cut dressed up as a plan.”",
        "— Rail Workers Union (@railunion)",
      ])
    #expect(
      article.text.contains(
        "called the promise “worth nothing until it is written into law” and said"))
    #expect(
      article.text.contains(
        "“the door is open, as it has always been, and ‘open’ means open”, before"))
  }

  @Test func citeAndFooterOfABlockQuoteStayOutsideTheMarks() throws {
    let page = """
      <html><body><article><h1>Title</h1><p>The court's ruling, published on Friday, said:</p>
      <blockquote><p>The appeal is dismissed.</p><cite>High Court of Justice</cite></blockquote>
      <p>Lawyers for the company said they would study the decision before deciding what to do next.</p>
      <blockquote><p>We are disappointed.</p><footer>A spokesperson for the company</footer></blockquote>
      </article></body></html>
      """
    let article = try HTMLTestPages.read(page)
      .article
    #expect(
      Fixtures.paragraphTexts(article) == [
        "The court's ruling, published on Friday, said:", "“The appeal is dismissed.”",
        "High Court of Justice",
        "Lawyers for the company said they would study the decision before deciding what to do next.",
        "“We are disappointed.”", "A spokesperson for the company",
      ])
    #expect(article.paragraphs.filter { $0.role == .blockquote }.count == 4)
  }

  @Test func blockQuotesWithTheirOwnMarksAreLeftAlone() throws {
    let page = """
      <html><body><article><h1>Title</h1><p>The statement, released on Friday, read in full:</p>
      <blockquote><p>“We will appeal, and we expect to win.”</p></blockquote></article></body></html>
      """
    let article = try HTMLTestPages.read(page)
      .article
    #expect(Fixtures.paragraphTexts(article).last == "“We will appeal, and we expect to win.”")
  }

  @Test func blockAndInlineQuotesReachTheQuoteExtractor() throws {
    let article = try HTMLTestPages.load("quotes.html").article
    let quotes = Annotator().annotate(article).quotes
    #expect(
      quotes.contains {
        $0.text == "worth nothing until it is written into law" && $0.speaker?.name == "Tomas Berg"
      })
    let block = try #require(quotes.first { $0.text.hasPrefix("Nobody who works on the railway") })
    #expect(block.kind == .block)
    #expect(block.pieces.count == 2)
    #expect(block.speaker?.name == "Elena Varga")
  }

  @Test func linksAreSpansWithAbsoluteURLs() throws {
    let loaded = try HTMLTestPages.load("news-site.html")
    let link = try #require(loaded.links.first)
    #expect(loaded.links.count == 1)
    #expect(loaded.article.string(link.span) == "national coastal agency")
    #expect(link.url == "https://agency.example.org/reports/surge-2023")
  }

  @Test func relativeLinksResolveAgainstTheCanonicalURL() throws {
    let page = """
      <html><head><link rel="canonical" href="https://example.com/a/b.html"></head><body><article>
      <h1>Title</h1><p>See <a href="../c.html">the earlier report</a> and <a href="javascript:void(0)">this</a>, \
      which explain the background of the case.</p></article></body></html>
      """
    let loaded = try HTMLTestPages.read(page)
    #expect(loaded.links.map(\.url) == ["https://example.com/c.html"])
    #expect(loaded.links.map { loaded.article.string($0.span) } == ["the earlier report"])
  }
}
