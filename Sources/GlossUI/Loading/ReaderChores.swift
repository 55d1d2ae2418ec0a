import GlossCore

/// The work the reader gives besides loading, done in the background so that no key waits for
/// it: wrapping a long body again when the terminal is resized, searching a long text whole on
/// Enter, and finding the stances on a topic chosen with `T` (which annotates the article
/// again). ``AppState`` asks for each (``AppEffect/wrapBody(_:)``,
/// ``AppEffect/searchWholeText(_:)``, ``AppEffect/findStances(_:)``) and takes the results as ``AppEvent/chores(_:)``; the
/// terminal program starts the work, waits on ``wakeDescriptors`` with the keys, and hands on
/// ``take()``. A request made while the same kind of work runs is dropped: the state asks again,
/// for what it then wants, when the running one's result arrives. Each kind's task is made
/// when first asked for: most readings never wrap again, search whole or ask for stances, and
/// making the three at start cost the first screen about 0.3 ms (their generic types).
public final class ReaderChores {
  /// A piece of work done, for the state to take if it still wants it.
  public enum News: Sendable {
    case wrapped(BodyLayout, length: Int)
    case searched(WholeSearch, matches: [Span], length: Int)
    case stances(StanceRequest, [Stance])
  }

  private var wrapping: BackgroundTask<BodyShape, (layout: BodyLayout, length: Int)>?
  private var searching: BackgroundTask<WholeSearch, (matches: [Span], length: Int)>?
  private var findingStances: BackgroundTask<StanceRequest, [Stance]>?

  public init() {}

  /// Wraps `document`'s body to `shape`, unless a wrap is under way.
  public func wrap(_ shape: BodyShape, of document: ReaderDocument) {
    if wrapping == nil { wrapping = BackgroundTask() }
    wrapping?.start(shape) {
      (BodyLayout(document: document, width: shape.width, expanded: shape.expanded), document.article.length)
    }
  }

  /// Searches the whole of `document` for `search`, unless a search is under way.
  public func search(_ search: WholeSearch, in document: ReaderDocument) {
    if searching == nil { searching = BackgroundTask() }
    searching?.start(search) { (TextSearch.matches(of: search.query, in: document), document.article.length) }
  }

  /// Finds the stances on `request`'s topic of `document`, unless a finding is under way.
  public func findStances(_ request: StanceRequest, in document: ReaderDocument) {
    let (article, annotations) = (document.article, document.annotations)
    if findingStances == nil { findingStances = BackgroundTask() }
    findingStances?.start(request) { Annotator().stances(of: article, annotations: annotations, on: request.topic) }
  }

  /// Readable when some work is done (nil for work not under way).
  public var wakeDescriptors: [Int32?] {
    [wrapping?.wakeDescriptor, searching?.wakeDescriptor, findingStances?.wakeDescriptor]
  }

  /// The work done since the last call.
  public func take() -> [News] {
    var news: [News] = []
    if let (_, wrapped) = wrapping?.take() { news.append(.wrapped(wrapped.layout, length: wrapped.length)) }
    if let (search, found) = searching?.take() { news.append(.searched(search, matches: found.matches, length: found.length)) }
    if let (request, stances) = findingStances?.take() { news.append(.stances(request, stances)) }
    return news
  }
}
