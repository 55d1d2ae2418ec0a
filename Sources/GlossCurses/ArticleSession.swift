import GlossUI

/// What the open article needs beyond its state, which only the terminal program can hold: its
/// notes file, the annotation of an article opened whole or the background load of a long
/// one, and the chores of wrapping it again and searching its whole text.
@MainActor
public final class ArticleSession {
  /// Loads a long article whole while the state shows its preview; nil for a short article.
  let loading: BackgroundLoad?
  /// Annotates an article opened whole once its first screen is drawn; nil once done, and for
  /// an article opened with its annotations or loaded in the background.
  private var annotation: DeferredAnnotation?
  /// Wraps a long article's body again after a resize, and searches its whole text on Enter.
  let chores = ReaderChores()
  /// Opens the article's notes into the state: at once, or when a long article has loaded.
  private let openNotesFile: (inout ReaderState) -> NotesKeeper
  /// The notes file, once the whole article is there.
  private(set) var notes: NotesKeeper?

  public init(
    loading: BackgroundLoad? = nil, annotation: DeferredAnnotation? = nil,
    openNotes: @escaping (inout ReaderState) -> NotesKeeper
  ) {
    self.loading = loading
    self.annotation = annotation
    self.openNotesFile = openNotes
  }

  /// The descriptors that wake the terminal's wait when background work has news.
  var wakeDescriptors: [Int32?] { [loading?.wakeDescriptor] + chores.wakeDescriptors }

  /// Opens the notes file into `state`.
  func openNotes(in state: inout ReaderState) { notes = openNotesFile(&state) }

  /// Once the first screen is drawn: annotates an article opened whole and opens its notes
  /// into `state` (those of a long article open when it has loaded); true when there was
  /// something to do, so the screen is to be drawn again.
  func finishOpening(in state: inout ReaderState) -> Bool {
    guard notes == nil, loading == nil else { return false }
    if let annotation {
      state.showAnnotations(annotation.run(), choice: annotation.choice)
      self.annotation = nil
    }
    openNotes(in: &state)
    return true
  }

  /// Starts the background load, once the first frame is drawn.
  func startLoading() {
    if let loading, !loading.hasStarted { loading.start() }
  }

  /// Stops the background load, without waiting for it.
  func close() { loading?.cancel() }
}
