import GlossUI

/// What the open article needs beyond its state, which only the terminal program can hold: its
/// notes file, the background load of a long article, and the chores of wrapping it again and
/// searching its whole text.
@MainActor
public final class ArticleSession {
  /// Loads a long article whole while the state shows its preview; nil for a short article.
  let loading: BackgroundLoad?
  /// Wraps a long article's body again after a resize, and searches its whole text on Enter.
  let chores = ReaderChores()
  /// Opens the article's notes into the state: at once, or when a long article has loaded.
  private let openNotesFile: (inout ReaderState) -> NotesKeeper
  /// The notes file, once the whole article is there.
  private(set) var notes: NotesKeeper?

  public init(loading: BackgroundLoad? = nil, openNotes: @escaping (inout ReaderState) -> NotesKeeper) {
    self.loading = loading
    self.openNotesFile = openNotes
  }

  /// The descriptors that wake the terminal's wait when background work has news.
  var wakeDescriptors: [Int32?] { [loading?.wakeDescriptor] + chores.wakeDescriptors }

  /// Opens the notes file into `state`.
  func openNotes(in state: inout ReaderState) { notes = openNotesFile(&state) }

  /// Starts the background load, once the first frame is drawn.
  func startLoading() {
    if let loading, !loading.hasStarted { loading.start() }
  }

  /// Stops the background load, without waiting for it.
  func close() { loading?.cancel() }
}
