/// Where a note sits in the article's current text, and how it was found there.
public struct NoteAnchor: Equatable, Sendable {
  /// How a note was attached to the current text.
  public enum Attachment: Equatable, Sendable, CustomStringConvertible {
    /// At its recorded position, whose text is still the quote.
    case exact
    /// The quote, exactly, somewhere else (the text before it changed).
    case moved
    /// Text like the quote (edited inside), with a score from 0 to 1: how well the quote, its
    /// context and its position match.
    case approximate(score: Double)
    /// Nowhere: the passage is gone. The note is kept and listed apart.
    case detached

    public var description: String {
      switch self {
      case .exact: return "exact"
      case .moved: return "moved"
      case .approximate(let score): return "approximate (\(Int((score * 100).rounded()))%)"
      case .detached: return "detached"
      }
    }
  }

  /// The passage in the current text; nil when detached.
  public var span: Span?
  public var attachment: Attachment

  public init(span: Span?, attachment: Attachment) {
    self.span = span
    self.attachment = attachment
  }

  public static let detached = NoteAnchor(span: nil, attachment: .detached)
}

/// A note with where it sits in the current text: what the notes pane and the exports list.
public struct AnchoredNote: Equatable, Sendable, Identifiable {
  public var note: Note
  public var anchor: NoteAnchor

  public init(note: Note, anchor: NoteAnchor) {
    self.note = note
    self.anchor = anchor
  }

  public var id: String { note.id }
}
