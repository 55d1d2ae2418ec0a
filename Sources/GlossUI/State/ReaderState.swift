import GlossCore

/// Everything the reader shows, as a value: the document, the screen size, focus, scroll
/// positions, the current quote, search, overlays. `update(_:)` changes it for an event and
/// `ReaderView` draws it, so any sequence of keys can be tested without a terminal.
public struct ReaderState: Sendable {
  public internal(set) var document: ReaderDocument
  /// The article's automatic annotations and a brat file's, when one is beside the article.
  public internal(set) var annotationSets: ArticleAnnotationSets?
  /// Which annotations are shown, when there is a choice (a brat file beside the article).
  public internal(set) var annotationChoice: AnnotationChoice?
  public var keyMap: KeyMap
  /// The widest the body text may be, in columns (the pane may make it narrower).
  public var preferredTextWidth: Int
  /// The terminal's size in cells.
  private var terminalSize: (width: Int, height: Int)
  /// The body wrapped at the current text width (or, while ``wantedBody`` is set, at the one
  /// before).
  public internal(set) var body: BodyLayout
  /// The width and fold of the body that a long article waits for, wrapped in the background
  /// (``ReaderChores``), while the old lines stay on screen; nil when `body` is what is
  /// wanted.
  public internal(set) var wantedBody: BodyShape?
  /// The search of the whole text that a long article waits for after Enter, done in the
  /// background (``ReaderChores``) while the matches found as the query was typed stay; nil
  /// when `search` is whole.
  public internal(set) var wantedSearch: WholeSearch?
  /// The stances the reader waits for on a topic chosen with `T`, found in the background
  /// (``ReaderChores``) while the pane shows the stances it had; nil when none is awaited.
  public internal(set) var wantedStances: StanceRequest?
  /// The topic chosen with `T` whose stances the stances pane shows, named in its header; nil
  /// for the annotations' own stances on the article's leading topics.
  public internal(set) var stanceTopic: String?
  /// Articles of at least this many scalars are wrapped again in the background when the text
  /// width changes: a 100 MB one takes half a second.
  public var backgroundWrapLength = AnnotationRun.section
  /// The first body row on screen.
  public var bodyTop = 0
  public var focus: PaneID = .body
  /// The side pane shown in the medium layout.
  public var sideTab: PaneID = .quotes
  /// Selection and scroll of each list pane.
  public var lists: [PaneID: ListPosition] = [:]
  /// The index in `document.quotes` of the quote being read, once `]`, `[` or Enter chose one.
  public var currentQuote: Int?
  public var highlight: HighlightMode = .actor
  public var overlay: Overlay = .none
  public var search = SearchState()
  /// The notes on the article and where they are kept.
  public internal(set) var notes: ReaderNotes
  /// The text selected with `v`, while selecting.
  public var selection: Selection?
  /// The note `}`, `{` or Enter in the notes pane went to last.
  public var currentNote: String?
  /// The mention, citation or piece of evidence Enter in a list pane went to last, marked in
  /// the body until the next jump, a quote made current, or Esc.
  public internal(set) var jumpedTo: Span?
  /// The next mention (of an entity) or citation (of a source) Enter jumps to, by target.
  var nextJump: [ListTarget: Int] = [:]
  /// The links of an HTML article, in text order (`offerLinks(_:)`).
  public internal(set) var links: [ArticleLink] = []
  /// The last search of the help overlay, for `n` and `N` there.
  public internal(set) var helpQuery = ""
  /// The status line's messages, one at a time.
  public var messages = StatusMessages()
  /// What `q` does, for the status line's hint: "quit", or "back" in a library, where it goes
  /// back to the list of articles.
  public var quitAction = "quit"
  /// While the reader shows a long article's preview: how far loading the whole article has
  /// come. Nil once it is loaded, and for an article loaded whole at once.
  public internal(set) var loading: LoadStage?

  public init(
    document: ReaderDocument, width: Int, height: Int, preferredTextWidth: Int = 80,
    keyMap: KeyMap = .standard
  ) {
    self.document = document
    self.keyMap = keyMap
    self.preferredTextWidth = max(preferredTextWidth, 10)
    terminalSize = (width, height)
    let layout = ScreenLayout(width: width, height: height, focus: .body, sideTab: .quotes)
    notes = ReaderNotes(document: document)
    body = BodyLayout(
      document: document, width: Self.textWidth(in: layout, preferred: self.preferredTextWidth),
      expanded: false)
  }

  /// Where everything is on the screen, for its size, the focus and what the side panes list.
  public var layout: ScreenLayout { layout(focus: focus, sideTab: sideTab) }

  /// The layout with `focus` and `sideTab` in place of the state's.
  func layout(focus: PaneID, sideTab: PaneID) -> ScreenLayout {
    let counts = Dictionary(uniqueKeysWithValues: PaneID.side.map { ($0, rows($0).count) })
    return ScreenLayout(
      width: terminalSize.width, height: terminalSize.height, focus: focus, sideTab: sideTab, rowCounts: counts)
  }

  /// Columns the body text takes in the body pane: the preferred width, or less if the pane is
  /// narrower (one column of margin each side).
  public var textWidth: Int { Self.textWidth(in: layout, preferred: preferredTextWidth) }

  private static func textWidth(in layout: ScreenLayout, preferred: Int) -> Int {
    let pane = layout.panes[.body]?.width ?? layout.width
    return max(min(preferred, pane - 2), 1)
  }

  /// Body rows visible at once.
  var bodyHeight: Int { max(layout.contentHeight(.body), 1) }

  /// After the layout changed (size, focus, tab): wraps the body again if the text width
  /// changed, keeping the line at the top of the body in view; a long article's body is wrapped in the background
  /// instead (``wantedBody``).
  mutating func relayout(expanded: Bool? = nil) {
    let anchor = body.rows.indices.contains(bodyTop) ? body.rows[bodyTop].span.start : 0
    let expanded = expanded ?? wantedBody?.expanded ?? body.isExpanded
    wantedBody = nil
    if textWidth != body.width, document.article.length >= backgroundWrapLength {
      wantedBody = BodyShape(width: textWidth, expanded: expanded)
    } else if textWidth != body.width {
      body = BodyLayout(document: document, width: textWidth, expanded: expanded)
      bodyTop = bodyTop == 0 ? 0 : body.row(containing: anchor)
    } else if expanded != body.isExpanded {
      body.fold(expanded: expanded, document: document)
      bodyTop = bodyTop == 0 ? 0 : body.row(containing: anchor)
    }
    clampBody()
  }

  mutating func resize(width: Int, height: Int) {
    terminalSize = (width, height)
    relayout()
  }

  mutating func clampBody() {
    bodyTop = min(max(bodyTop, 0), max(body.rows.count - bodyHeight, 0))
  }

  /// How far through the article the bottom of the body pane is, 0–100.
  public var percent: Int {
    guard body.rows.count > bodyHeight else { return 100 }
    return min((bodyTop + bodyHeight) * 100 / body.rows.count, 100)
  }

  /// The message on the status line, if any.
  public var message: StatusMessage? { messages.shown }

  /// Says `message` on the status line in answer to a key: it goes with the next key.
  public mutating func say(_ message: StatusMessage?) {
    if let message { messages.post(message, mustBeRead: false) }
  }

  /// Says `message` on the status line where it must be read whatever is typed (at start, or
  /// from background work): it stays ``StatusMessages/readingTime`` at least.
  public mutating func announce(_ message: StatusMessage?) {
    if let message { messages.post(message, mustBeRead: true) }
  }

  /// The position of a list pane.
  public func list(_ pane: PaneID) -> ListPosition { lists[pane] ?? ListPosition() }
}
