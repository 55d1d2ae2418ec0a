import Foundation
import GlossTestSupport

/// An RSS 2.0 and an Atom feed written for the library tests: entities in titles (`&amp;`,
/// `&#8217;`, and HTML escaped twice as feeds often do), HTML in descriptions and content,
/// an item whose article is a saved page beside the feed, and one with nothing to read.
enum FeedFixtures {
  static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
    <channel>
      <title>Harbour &amp; Hills Ledger</title>
      <link>https://ledger.example.com/</link>
      <atom:link href="https://ledger.example.com/feed.rss" rel="self" type="application/rss+xml"/>
      <item>
        <title>Council&#8217;s barrier vote &amp;amp; the &lt;em&gt;long&lt;/em&gt; dispute</title>
        <link>https://ledger.example.com/news/barrier-vote</link>
        <pubDate>Tue, 12 Mar 2024 09:30:00 GMT</pubDate>
        <dc:creator>Ana Ruiz</dc:creator>
        <description>&lt;p&gt;The council approved the flood barrier on Tuesday after a long dispute. &amp;ldquo;We have waited long enough,&amp;rdquo; said Mayor Peter Haines.&lt;/p&gt;&lt;p&gt;Opponents said the cost was too high for a small town.&lt;/p&gt;</description>
      </item>
      <item>
        <title>NASA celebrates the shuttle</title>
        <link>https://example.com/science/nasa-shuttle</link>
        <pubDate>Wed, 13 Apr 2011 10:00:00 GMT</pubDate>
        <description>A teaser only.</description>
        <content:encoded><![CDATA[<p>NASA marked the anniversary of the first shuttle launch on Tuesday.</p>
    <p>&#8220;It is a proud day for all of us,&#8221; NASA Administrator Charles Bolden told reporters.</p>]]></content:encoded>
      </item>
      <item>
        <title>The harbour page, saved</title>
        <link>https://ledger.example.com/news/2024/harbour-story/</link>
        <pubDate>Thu, 14 Mar 2024 08:00:00 GMT</pubDate>
      </item>
      <item>
        <title>Nothing to read</title>
        <link>https://ledger.example.com/news/gone</link>
      </item>
    </channel>
    </rss>
    """

  static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
      <title type="text">Peninsula Watch</title>
      <updated>2017-03-08T12:00:00Z</updated>
      <entry>
        <title type="html">Moon &amp;amp; Xi: a missile row&amp;#8217;s cost</title>
        <link rel="alternate" type="text/html" href="https://watch.example.org/2017/moon-xi"/>
        <link rel="enclosure" href="https://watch.example.org/2017/moon-xi.mp3"/>
        <published>2017-03-07T08:00:00Z</published>
        <updated>2017-03-08T08:00:00Z</updated>
        <author><name>Kim Soo-jin</name></author>
        <content type="html">&lt;p&gt;South Korea&amp;#8217;s President Moon Jae-in met Xi Jinping in Beijing.&lt;/p&gt;&lt;p&gt;&amp;#8220;We will talk again,&amp;#8221; Moon said.&lt;/p&gt;</content>
      </entry>
      <entry>
        <title>Plain summary entry</title>
        <link href="https://watch.example.org/2017/plain"/>
        <updated>2017-03-09T08:00:00Z</updated>
        <summary>First paragraph of a plain summary, with 3 &lt; 4 in it.

    Second paragraph of the summary.</summary>
      </entry>
      <entry>
        <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>XHTML</b> entry</div></title>
        <link href="https://watch.example.org/2017/xhtml"/>
        <updated>2017-03-10T08:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The first paragraph of the <em>XHTML</em> content.</p><p>And a second one.</p></div></content>
      </entry>
    </feed>
    """

  /// A folder holding `feed.rss`, the saved page its third item links to (`harbour-story.html`),
  /// and `feed.atom`.
  static func folder() throws -> URL {
    let folder = try TemporaryFolder.make()
    try rss.write(to: folder.appendingPathComponent("feed.rss"), atomically: true, encoding: .utf8)
    try atom.write(to: folder.appendingPathComponent("feed.atom"), atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(
      at: Fixtures.root.appendingPathComponent("Tests/GlossCoreTests/HTMLFixtures/news-site.html"),
      to: folder.appendingPathComponent("harbour-story.html"))
    return folder
  }
}
