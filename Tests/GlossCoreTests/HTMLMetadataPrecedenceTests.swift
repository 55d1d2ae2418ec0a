import Foundation
import Testing

@testable import GlossCore

/// Which of a page's statements about itself the article's metadata takes.
@Suite("HTML metadata precedence")
struct HTMLMetadataPrecedenceTests {
  @Test func jsonLDPublisherAndDateWinOverOpenGraphAndMeta() throws {
    let page = """
      <html><head>
      <meta property="og:site_name" content="World">
      <meta property="article:published_time" content="2024-05-02T10:00:00Z">
      <meta name="author" content="Desk Editor">
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Port strike ends",
       "datePublished": "2024-05-01T08:15:00Z", "author": {"@type": "Person", "name": "Ines Moreau"},
       "publisher": {"@type": "Organization", "name": "Northern Wire"}}
      </script></head>
      <body><article><h1>Port strike ends</h1>
      <p>The dock workers' union and the port authority signed an agreement on Wednesday, ending a strike of nine days.</p>
      </article></body></html>
      """
    let metadata = try HTMLTestPages.read(page).article.metadata
    #expect(metadata.source == "Northern Wire")
    #expect(metadata.date == "2024-05-01T08:15:00Z")
    #expect(metadata.author == "Ines Moreau")
  }

  @Test func openGraphFillsWhatJSONLDLacks() throws {
    let page = """
      <html><head><meta property="og:site_name" content="Harbour Daily">
      <meta property="article:published_time" content="2024-05-02T10:00:00Z">
      <script type="application/ld+json">{"@type": "Article", "headline": "Tides"}</script></head>
      <body><article><h1>Tides</h1><p>The spring tides reached the quay on Tuesday evening, as forecast by the harbour office.</p></article></body></html>
      """
    let metadata = try HTMLTestPages.read(page).article.metadata
    #expect(metadata.source == "Harbour Daily")
    #expect(metadata.date == "2024-05-02T10:00:00Z")
  }
}
