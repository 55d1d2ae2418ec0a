import GlossCore

/// The reader's side of following an actor across a library: which entity `@` means, and
/// showing the passage a library page jumps to.
extension ReaderState {
  /// `@`: the entity selected in the entities pane when it has focus, else the current quote's
  /// speaker, as an effect for the library around the reader.
  mutating func followActor() -> ReaderEffect? {
    if focus == .entities, rows(.entities).indices.contains(list(.entities).selected),
      case .entity(let id) = rows(.entities)[list(.entities).selected].target
    {
      return .followActor(entity: id)
    }
    if let current = currentQuote, let entity = document.quotes[current].speaker?.entity {
      return .followActor(entity: entity)
    }
    say(StatusMessage("@ follows the selected entity (3) or the current quote's speaker (] [)", isError: true))
    return nil
  }

  /// Shows `passage`: the quote with exactly those words becomes current (as `]` would make
  /// it), else the body scrolls to it.
  public mutating func show(passage: Span) {
    if let quote = document.quotes.firstIndex(where: { $0.span == passage }) {
      show(quote: quote)
    } else {
      reveal(passage.start)
    }
  }
}
