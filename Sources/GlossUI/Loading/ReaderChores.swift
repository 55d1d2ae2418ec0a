import GlossCore

/// The work a long article gives the reader besides loading, done in the background so that no
/// key waits for it: wrapping the body again when the terminal is resized
/// (``ReaderState/wantedBody``), and searching the whole text on Enter
/// (``ReaderState/wantedSearch``). The reader's loop calls ``start(for:)`` before it waits,
/// waits on ``wakeDescriptors`` with the keys, and calls ``deliver(to:)`` when one is readable.
public final class ReaderChores {
  private let wrapping = BackgroundTask<BodyShape, (layout: BodyLayout, length: Int)>()
  private let searching = BackgroundTask<WholeSearch, (matches: [Span], length: Int)>()

  public init() {}

  /// Starts the work `state` waits for that is not under way yet.
  public func start(for state: ReaderState) {
    let document = state.document
    if let shape = state.wantedBody {
      wrapping.start(shape) {
        (BodyLayout(document: document, width: shape.width, expanded: shape.expanded), document.article.length)
      }
    }
    if let search = state.wantedSearch {
      searching.start(search) { (TextSearch.matches(of: search.query, in: document), document.article.length) }
    }
  }

  /// Readable when some work is done (nil for work not under way).
  public var wakeDescriptors: [Int32?] { [wrapping.wakeDescriptor, searching.wakeDescriptor] }

  /// Hands the work done to `state`, which takes what it still waits for.
  public func deliver(to state: inout ReaderState) {
    if let (_, wrapped) = wrapping.take() { state.showWrapped(wrapped.layout, ofLength: wrapped.length) }
    if let (search, found) = searching.take() { state.showSearchResults(found.matches, for: search, ofLength: found.length) }
  }
}
