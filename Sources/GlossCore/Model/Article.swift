/// Descriptive fields of an article that come from its file rather than from its body text.
public struct ArticleMetadata: Hashable, Sendable {
  public var title: String?
  public var source: String?
  public var url: String?
  public var author: String?
  public var date: String?

  public init(
    title: String? = nil, source: String? = nil, url: String? = nil, author: String? = nil,
    date: String? = nil
  ) {
    self.title = title
    self.source = source
    self.url = url
    self.author = author
    self.date = date
  }
}

/// One block of body text, with its sentences.
public struct Paragraph: Hashable, Sendable {
  /// What the block is in the article's layout.
  public enum Role: String, Hashable, Sendable {
    case body
    /// A heading or section title inside the body.
    case heading
    /// A block the file itself marks as quoted (Markdown `>`).
    case blockquote
  }

  public var span: Span
  public var role: Role
  /// True for trailing publisher text (donation appeals, licence lines): kept, but not article body.
  public var isBoilerplate: Bool
  public var sentences: [Span]

  public init(span: Span, role: Role = .body, isBoilerplate: Bool = false, sentences: [Span] = []) {
    self.span = span
    self.role = role
    self.isBoilerplate = isBoilerplate
    self.sentences = sentences
  }
}

/// A decoded article: its full text, where the headline and paragraphs are, and its metadata.
///
/// All spans index `scalars`, the text as Unicode scalars, so offsets are code points. The text
/// is kept once, as scalars; `text` makes a string of it when asked.
public struct Article: Sendable {
  /// The file's decoded text as Unicode scalars, for offset arithmetic in constant time.
  public let scalars: ScalarText
  public var headline: Span?
  public var metadata: ArticleMetadata
  public var paragraphs: [Paragraph]

  public init(
    text: String, headline: Span? = nil, metadata: ArticleMetadata = ArticleMetadata(),
    paragraphs: [Paragraph] = []
  ) {
    self.init(scalars: ScalarText(text), headline: headline, metadata: metadata, paragraphs: paragraphs)
  }

  /// An article on `scalars`: a section of a long article shares them with the whole.
  init(scalars: ScalarText, headline: Span?, metadata: ArticleMetadata, paragraphs: [Paragraph]) {
    self.scalars = scalars
    self.headline = headline
    self.metadata = metadata
    self.paragraphs = paragraphs
  }

  /// The file's decoded text, unchanged: made from `scalars` on each call, so read it once.
  public var text: String { scalars.string(0..<scalars.count) }

  /// The words a reader reads: the headline and the paragraphs, one a line, without what the
  /// file holds around them (front matter, Markdown marks): what search indexes.
  public var readableText: String {
    ([headline].compactMap { $0 } + paragraphs.map(\.span).filter { $0 != headline }).map(string).joined(separator: "\n")
  }

  /// The number of Unicode scalars in the text.
  public var length: Int { scalars.count }

  /// The text of `span`.
  public func string(_ span: Span) -> String { scalars.string(span.start..<span.end) }

  /// The headline as text: the metadata title, else the headline span, else an empty string.
  public var title: String {
    if let title = metadata.title { return title }
    return headline.map(string) ?? ""
  }

  /// The index of the paragraph containing `offset`, if any.
  public func paragraphIndex(containing offset: Int) -> Int? {
    var low = 0
    var high = paragraphs.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let span = paragraphs[mid].span
      if offset < span.start {
        high = mid - 1
      } else if offset >= span.end {
        low = mid + 1
      } else {
        return mid
      }
    }
    return nil
  }
}
