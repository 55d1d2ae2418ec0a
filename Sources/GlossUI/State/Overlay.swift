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
}

/// A line being typed on the status line: a `:` command, a `/` search, tags or a stance.
public struct Prompt: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case command, search
    /// Tags for a passage or a note, separated by commas or spaces.
    case tags(NoteSubject)
    /// A stance for a passage or a note: "ACTOR: POLARITY [TARGET]".
    case stance(NoteSubject)
  }

  public var kind: Kind
  public var text = ""

  /// The text the prompt shows before what is typed.
  public var leader: String {
    switch kind {
    case .command: return ":"
    case .search: return "/"
    case .tags: return "tags: "
    case .stance: return "stance: "
    }
  }
}
