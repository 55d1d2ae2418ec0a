import GlossCore

/// One actor's page in the library: everything it is quoted saying across the articles, then
/// its stances topic by topic, one row each, with the row Enter opens at its article's passage.
public struct ActorPage: Equatable, Sendable {
  /// A line of the page.
  public enum Row: Equatable, Sendable {
    case heading(String)
    case quote(ActorQuote)
    case stance(ActorStance)

    /// The article and the words a row leads to: a quote's words, a stance's first evidence.
    public var passage: (item: Int, span: Span?)? {
      switch self {
      case .heading: nil
      case .quote(let quote): (quote.item, quote.span)
      case .stance(let stance): (stance.item, stance.evidence.first)
      }
    }
  }

  public let actor: Actor
  public let rows: [Row]
  /// The selected row, always one with a passage when there is any.
  public private(set) var selected: Int
  /// The first row on screen.
  public var top = 0
  /// Where `q` goes back to.
  public let back: Back

  /// Where an actor's page was opened from.
  public enum Back: Equatable, Sendable {
    /// A view of the library (the actors, or another actor's page).
    case screen(LibraryScreen)
    /// An article open over the library's `screen`: `q` returns to the article.
    case article(over: LibraryScreen)

    /// The library view beneath.
    public var screen: LibraryScreen {
      switch self {
      case .screen(let screen), .article(over: let screen): screen
      }
    }
  }

  public init(actor: Actor, back: Back) {
    self.actor = actor
    self.back = back
    var rows: [Row] = [.heading(actor.quotes.isEmpty ? "No quotes" : "Quotes (\(actor.quoteCount))")]
    rows += actor.quotes.map(Row.quote)
    for (topic, stances) in actor.stancesByTopic {
      rows.append(.heading("Stance on \(topic)"))
      rows += stances.map(Row.stance)
    }
    self.rows = rows
    selected = rows.firstIndex { $0.passage != nil } ?? 0
  }

  public static func == (lhs: ActorPage, rhs: ActorPage) -> Bool {
    lhs.actor.id == rhs.actor.id && lhs.selected == rhs.selected && lhs.top == rhs.top && lhs.back == rhs.back
  }

  /// Moves the selection `step` rows that lead somewhere, stopping at the ends.
  public mutating func move(by step: Int) {
    let selectable = rows.indices.filter { rows[$0].passage != nil }
    guard let position = selectable.firstIndex(where: { $0 >= selected }) else { return }
    selected = selectable[min(max(position + step, 0), selectable.count - 1)]
  }

  /// Scrolls so the selected row is among the `height` rows on screen (the first heading
  /// stays in view while the first quote is selected).
  public mutating func keepVisible(height: Int) {
    let height = max(height, 1)
    top = max(min(top, selected), selected - height + 1, 0)
    if rows[..<selected].allSatisfy({ $0.passage == nil }) { top = 0 }
  }
}
