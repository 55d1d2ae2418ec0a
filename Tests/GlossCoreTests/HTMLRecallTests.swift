import Foundation
import Testing

@testable import GlossCore

/// Pages whose article the first readings lost part of: a body split across columns, wrappers
/// misnamed as furniture, short captions and credits around the text.
@Suite("HTML extraction: the whole article")
struct HTMLRecallTests {
  /// A paragraph of running text, long enough to score.
  static func paragraph(_ topic: String) -> String {
    "<p>The council discussed \(topic) at length, with residents, engineers and the mayor, and agreed to meet again next month.</p>"
  }

  @Test func articleSplitIntoColumnsBetweenAdSlotsIsReadWhole() throws {
    let page = """
      <html><body><div class="page"><h1>River works resume after the winter pause</h1>
      <div class="wrapper">
      <div class="column"><div class="inner">\(Self.paragraph("the dredging"))\(Self.paragraph("the bridge"))</div></div>
      <div class="slot"></div>
      <div class="column"><div class="inner">\(Self.paragraph("the quay walls"))</div></div>
      <div class="slot"></div>
      <div class="column"><div class="inner"><h2>What comes next</h2>\(Self.paragraph("the budget"))</div></div>
      <div class="stamp">Read time: 3 min</div>
      </div>
      <ul class="teasers"><li><a href="/a">Another story about the river, with a long linked title</a></li>
      <li><a href="/b">A second teaser with a linked title that is long enough</a></li></ul>
      </div></body></html>
      """
    let article = try HTMLTestPages.read(page).article
    for topic in ["the dredging", "the bridge", "the quay walls", "the budget"] {
      #expect(article.text.contains("discussed \(topic)"), "lost \(topic)")
    }
    #expect(article.text.contains("What comes next"))
    #expect(!article.text.contains("Read time"))
    #expect(!article.text.contains("teaser"))
  }

  @Test func articleSplitIntoSiblingArticleElementsIsReadWhole() throws {
    // One `<article>` element a section, as some content management systems write a page.
    let page = """
      <html><body><div class="content"><h1>Harbour works resume after the winter pause</h1>
      <article class="part"><p>\(Self.paragraph("the dredging"))\(Self.paragraph("the bridge"))\(Self.paragraph("the locks"))</p></article>
      <article class="part"><h2>The quay</h2>\(Self.paragraph("the quay walls"))</article>
      <article class="part"><h2>What comes next</h2>\(Self.paragraph("the budget"))</article>
      </div><div class="more"><article class="card"><a href="/a">A teaser with a long linked title for another story</a></article>
      <article class="card"><a href="/b">A second teaser with a linked title that is long enough</a></article></div>
      </body></html>
      """
    let article = try HTMLTestPages.read(page).article
    for topic in ["the dredging", "the locks", "the quay walls", "the budget"] {
      #expect(article.text.contains("discussed \(topic)"), "lost \(topic)")
    }
    #expect(article.text.contains("What comes next"))
    #expect(!article.text.contains("teaser"))
  }

  @Test func organisationPageWithMisnamedWrappersIsReadAgainTrustingTags() throws {
    // Every wrapper of the text carries a furniture word: the body a share class, the text
    // a hidden label's class. The first reading finds nothing; the second trusts tags only,
    // and still drops the navigation and the comments.
    let page = """
      <html><head><title>About us | Harbour Friends</title></head>
      <body class="page social-share-enabled"><nav><a href="/">Home</a><a href="/about">About</a></nav>
      <div class="content-share"><h1>About us</h1>
      <div class="field field--label-hidden">
      <p>Harbour Friends is a volunteer association that looks after the old harbour, its boats and its stories.</p>
      <p>We restore wooden boats, guide visitors on Sundays, and keep an archive of photographs, letters and logbooks.</p>
      </div></div>
      <div class="comments"><p>A visitor wrote a long comment here, with praise, questions and more, at length.</p></div>
      </body></html>
      """
    let article = try HTMLTestPages.read(page).article
    #expect(article.title == "About us")
    #expect(article.text.contains("volunteer association"))
    #expect(article.text.contains("restore wooden boats"))
    #expect(!article.text.contains("Home"))
    #expect(!article.text.contains("A visitor wrote"))
  }

  @Test func articleInAnAsideIsReadWhenNothingElseHoldsText() throws {
    let page = """
      <html><body><nav><ul><li><a href="/">Start</a></li><li><a href="/club">Club</a></li></ul></nav>
      <aside class="content-box"><h1>Tickets for the new season</h1>
      \(Self.paragraph("the ticket prices"))\(Self.paragraph("the season tickets"))</aside>
      <footer><p>Imprint and privacy, a line of the site's footer that is long enough.</p></footer>
      </body></html>
      """
    let article = try HTMLTestPages.read(page).article
    #expect(article.title == "Tickets for the new season")
    #expect(article.text.contains("discussed the ticket prices"))
    #expect(article.text.contains("discussed the season tickets"))
    #expect(!article.text.contains("Club"))
    #expect(!article.text.contains("Imprint"))
  }

  @Test func pageSwallowedByAnUnclosedNoscriptIsStillRead() throws {
    // libxml2 closes neither the `div` nor the `noscript` here: the body ends up inside it.
    let page = """
      <html><body><noscript><div class="no-js-notice"></noscript>
      <div id="page"><h1>Bear cubs counted</h1>\(Self.paragraph("the bear cubs"))\(Self.paragraph("the count"))</div>
      </body></html>
      """
    let article = try HTMLTestPages.read(page).article
    #expect(article.title == "Bear cubs counted")
    #expect(article.text.contains("discussed the bear cubs") && article.text.contains("discussed the count"))
  }

  @Test func blogPostKeepsItsTextAndDropsTheComments() throws {
    let comment =
      "<li class=\"comment\"><p>Lovely recipe, I tried it twice, and the second time with pears, which worked just as well.</p></li>"
    let page = """
      <html><body><div id="wrap"><div class="post hentry"><h1 class="entry-title">Plum cake</h1>
      <div class="entry-content">\(Self.paragraph("plum cake"))\(Self.paragraph("the oven"))</div></div>
      <div id="comments"><h3>3 comments</h3><ol class="commentlist">\(String(repeating: comment, count: 3))</ol>
      <p class="reply">Leave a reply, with your name and a thought or two about the cake.</p></div>
      </div></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(text.contains("discussed plum cake") && text.contains("discussed the oven"))
    #expect(!text.contains("Lovely recipe"))
    #expect(!text.contains("Leave a reply"))
    #expect(!text.contains("3 comments"))
  }

  @Test func shortCaptionsAndCreditsAreDroppedLongOnesKept() throws {
    let gallery = String(
      repeating: "The second picture shows the harbour at dawn, the boats still moored, the fish market opening. ",
      count: 2)
    let page = """
      <html><body><article><h1>Harbour at dawn</h1>
      <figure><img src="a.jpg"><figcaption>The quay at six. Photo: Ana Ruiz/Agency</figcaption></figure>
      \(Self.paragraph("the fish market"))
      <div class="image"><img src="b.jpg"><span class="credit">Archive photo</span></div>
      \(Self.paragraph("the harbour lights"))
      <figure><img src="c.jpg"><figcaption>\(gallery)</figcaption></figure>
      </article></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(text.contains("discussed the fish market") && text.contains("discussed the harbour lights"))
    #expect(!text.contains("Photo: Ana Ruiz"))
    #expect(!text.contains("Archive photo"))
    #expect(text.contains("The second picture shows the harbour at dawn"))
  }

  @Test func headingOfALeftOutLinkListGoesWithIt() throws {
    let page = """
      <html><body><article><h1>Harbour festival</h1>\(Self.paragraph("the festival"))
      <h2>More on the harbour</h2>
      <ul><li><a href="/1">The harbour in the nineteenth century, a long linked title</a></li>
      <li><a href="/2">Boats of the harbour, another long linked title here</a></li></ul>
      <h2>The programme</h2>\(Self.paragraph("the programme"))
      </article></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(!text.contains("More on the harbour"))
    #expect(!text.contains("nineteenth century"))
    #expect(text.contains("The programme\n\nThe council discussed the programme"))
  }

  @Test func paywallWrapperHoldsTheArticle() throws {
    let page = """
      <html><body><main><h1>Ferry timetable changes</h1>
      <div class="article-body paywall-wrapper">\(Self.paragraph("the ferry"))\(Self.paragraph("the timetable"))</div>
      </main></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    #expect(text.contains("discussed the ferry") && text.contains("discussed the timetable"))
  }

  /// Links enough to keep an article from widening over them.
  static let topics = (1...18).map { "<a href=\"/t\($0)\">Harbour topic \($0)</a>" }
    .joined(separator: " ")

  @Test func leadBetweenTheHeadlineAndTheBodyIsKept() throws {
    let lead =
      "The harbour works stopped for the winter resume on Monday, with the dredging first and the quay walls after Easter."
    let page = """
      <html><body><div class="story"><div class="top"><h1>Harbour works resume</h1>
      <p class="intro">\(lead)</p><p class="intro">27.01.2022 | Harbour</p></div>
      <div class="topics">\(Self.topics)</div>
      <div class="content"><div class="body">\(Self.paragraph("the dredging"))\(Self.paragraph("the bridge"))\(Self.paragraph("the quay walls"))</div></div>
      </div><div class="club"><p>Our sailing club was founded by a handful of sailors long ago.</p></div>
      </body></html>
      """
    let paragraphs = Fixtures.paragraphTexts(try HTMLTestPages.read(page).article)
    #expect(paragraphs.first == lead)
    #expect(paragraphs.count == 4)
    #expect(!paragraphs.contains { $0.contains("27.01.2022") || $0.contains("sailing club") })
  }

  @Test func articleSplitIntoSectionsThatScoreAlikeIsReadWhole() throws {
    // No section outscores the others, and link lists between them keep the article from
    // widening: their common ancestor holds the article.
    let sections = [
      ("the snow cover", "the wind"), ("the weak layers", "the forecast"),
      ("the avalanches", "the warnings"), ("the slopes", "the valleys"),
    ]
    .map {
      "<section class=\"part\"><div class=\"text\">\(Self.paragraph($0.0))\(Self.paragraph($0.1))</div></section>"
    }
    .joined(separator: "<div class=\"topics\">\(Self.topics)</div>")
    let page = """
      <html><body><div class="page"><h1>Avalanche report for the week</h1>
      <div class="main">\(sections)</div></div></body></html>
      """
    let text = try HTMLTestPages.read(page).article.text
    for topic in ["the snow cover", "the forecast", "the avalanches", "the valleys"] {
      #expect(text.contains("discussed \(topic)"), "lost \(topic)")
    }
    #expect(!text.contains("Harbour topic"))
  }

  @Test func textWrittenStraightIntoADivBesideBlocksScores() throws {
    // Readability wraps such runs of text in paragraphs before scoring; so does the selector.
    let page = """
      <html><body><div id="page"><h1>Rioja, Spain</h1>
      <div class="shipping"><p>Orders over fifty euros ship free, within two to three working days.</p></div>
      <div class="description"><div class="box"><a href="/map">Map</a></div>
      The region lies in the north of Spain, along the middle course of the Ebro, about a hundred and twenty kilometres long.<br>
      It is divided into three areas, Rioja Alta, Rioja Alavesa and Rioja Oriental, which differ in climate, soil and grapes.<br>
      <table><tr><th>Ageing</th><th>Crianza</th></tr><tr><td>Red, months</td><td>24</td></tr></table>
      </div></div></body></html>
      """
    let tree = try #require(HTMLParser.parse(Data(page.utf8), encoding: "UTF-8"))
    let removed = HTMLFurniture.mask(tree, stats: HTMLStats(tree), level: .strict)
    let selector = HTMLContentSelector(
      tree: tree, removed: removed, stats: HTMLStats(tree, removed: removed))
    let core = selector.selection().core
    #expect(core.map { tree.nodes[$0].attribute("class") } == ["description"])
  }
}
