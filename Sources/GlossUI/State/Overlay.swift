/// What is open over the panes.
public enum Overlay: Equatable, Sendable {
  case none
  /// The key help, scrolled down by a number of lines.
  case help(scroll: Int)
  case prompt(Prompt)
  /// The note editor, for a new note or to change one.
  case editor(NoteEditor)
  /// The article's links, one selected (an index into `ReaderState.links`).
  case links(selected: Int)
  /// The topics the stances pane can show stances on (`T`), one selected.
  case topics(TopicChooser)
}

/// A line being typed on the status line: a `:` command, a `/` search, tags or a stance. It is
/// edited like the note editor's text and closes only on `Enter` or `Esc`.
public struct Prompt: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case command, search
    /// Tags for a passage or a note, separated by commas or spaces.
    case tags(NoteSubject)
    /// A stance for a passage or a note: "ACTOR: POLARITY [TARGET]".
    case stance(NoteSubject)
    /// A search of the help overlay, opened with it scrolled to `from`.
    case helpSearch(from: Int)
  }

  public var kind: Kind
  /// What is typed, and the cursor.
  public var line: EditableText

  /// A prompt of `kind` holding `text`, the cursor at its end.
  public init(kind: Kind, text: String = "") {
    self.kind = kind
    line = EditableText(text)
  }

  public var text: String { line.text }

  /// The text the prompt shows before what is typed.
  public var leader: String {
    switch kind {
    case .command: return ":"
    case .search, .helpSearch: return "/"
    case .tags: return "tags: "
    case .stance: return "stance: "
    }
  }
}
