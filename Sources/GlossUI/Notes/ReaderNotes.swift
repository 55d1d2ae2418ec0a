import GlossCore

/// The reader's notes on its article: where they are kept, whether they can be changed, and each
/// note anchored in the current text, with the notes pane's rows. The notes file itself is
/// written by ``NotesKeeper``; this value is what the screen shows, changed at once on a key.
public struct ReaderNotes: Sendable {
  /// Where the notes file is, for people: "thaad.txt.notes.json (beside the article)".
  public private(set) var place: String
  /// Why notes cannot be changed (their file could not be read), or nil.
  public private(set) var readOnlyReason: String?
  /// Why the last save failed (a full disk, a directory where the file was), while the notes
  /// on screen are not all in the file; nil once a save succeeds.
  public private(set) var unsavedReason: String?
  /// The `source` of new notes' targets (the article's URL or file).
  private(set) var source: String
  /// Made when the first note comes: indexing the words of a long article takes a while.
  private var anchorer: NoteAnchorer?
  private let article: Article
  private var automaticStances: [Stance]
  private var automaticStanceRows: [ListRow]
  /// The notes in text order, detached last.
  public private(set) var anchored: [AnchoredNote] = []
  /// The notes pane: where the notes are kept, then a row per note.
  public private(set) var rows: [ListRow] = []
  /// The stances pane: the reader's stances, then the automatic ones they do not replace.
  public private(set) var stanceRows: [ListRow]
  /// The automatic stances (indices into the annotations' stances) a reader's stance replaces.
  private(set) var replacedStances: Set<Int> = []
  /// The last note deleted here, which `u` brings back.
  var lastDeleted: Note?

  init(document: ReaderDocument) {
    article = document.article
    automaticStances = document.annotations.stances
    automaticStanceRows = Array(document.rows(.stances))
    stanceRows = automaticStanceRows
    place = "memory only (no notes file)"
    source = "urn:gloss:article"
    rows = NotesPaneRows.rows([], heading: NotesPaneRows.heading(place: place), article: article)
  }

  /// Shows `notes`, kept at `place`, for new notes on `source`; read-only when `readOnlyReason`.
  mutating func open(_ notes: [Note], place: String, source: String, readOnlyReason: String?) {
    self.place = place
    self.source = source
    self.readOnlyReason = readOnlyReason
    replace(with: notes)
  }

  /// After a save: the notes as the file holds them (or as memory does, when the save failed for
  /// `failure`).
  mutating func saved(_ notes: [Note], failure: String?) {
    unsavedReason = failure
    replace(with: notes)
  }

  /// The notes are kept at `place` from now on, and can be changed there.
  mutating func move(to place: String) {
    self.place = place
    readOnlyReason = nil
  }

  /// Takes the automatic stances of `document`, whose annotations were chosen again, and rebuilds
  /// the stances pane.
  mutating func useAnnotations(of document: ReaderDocument) {
    automaticStances = document.annotations.stances
    automaticStanceRows = Array(document.rows(.stances))
    (stanceRows, replacedStances) = UserStanceRows.rows(anchored, automatic: automaticStances, automaticRows: automaticStanceRows)
  }

  /// Anchors `notes` in the text again and rebuilds the pane.
  mutating func replace(with notes: [Note]) {
    if notes.isEmpty {
      anchored = []
    } else {
      let anchorer = self.anchorer ?? NoteAnchorer(article: article)
      self.anchorer = anchorer
      anchored = anchorer.anchor(notes)
    }
    let heading = NotesPaneRows.heading(place: place, readOnlyReason: readOnlyReason, unsavedReason: unsavedReason)
    rows = NotesPaneRows.rows(anchored, heading: heading, article: article)
    (stanceRows, replacedStances) = UserStanceRows.rows(anchored, automatic: automaticStances, automaticRows: automaticStanceRows)
  }

  /// Adds `note`, or replaces the note with its id.
  mutating func put(_ note: Note) {
    replace(with: anchored.map(\.note).filter { $0.id != note.id } + [note])
  }

  /// Removes the note `id`, remembering it for undo.
  mutating func remove(_ id: String) {
    lastDeleted = note(id)?.note
    replace(with: anchored.map(\.note).filter { $0.id != id })
  }

  public func note(_ id: String) -> AnchoredNote? { anchored.first { $0.id == id } }

  /// The attached notes whose passage overlaps `span`.
  func notes(overlapping span: Span) -> [AnchoredNote] {
    anchored.filter { $0.anchor.span?.overlaps(span) ?? false }
  }

  /// The attached note on exactly `span`, if there is one.
  func note(on span: Span) -> AnchoredNote? { anchored.first { $0.anchor.span == span } }

  /// A target for a new note on `span` of the article.
  func target(_ span: Span) -> NoteTarget { NoteTarget(source: source, span: span, in: article.scalars) }
}
