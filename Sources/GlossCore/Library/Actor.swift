/// A person, organisation or country followed across a library: the entities of many articles
/// that name the same actor (``ActorIndex``), with what it said and where it stands.
public struct Actor: Sendable, Identifiable {
  /// The actor's position in ``ActorIndex/actors``.
  public var id: Int
  /// The fullest name the articles give (a person's), or the one used most.
  public var name: String
  public var type: EntityType
  /// Every other name the articles use for it, titled forms included, sorted.
  public var aliases: [String]
  /// The library items (indices into ``Library/items``) that name it, ascending.
  public var articles: [Int]
  /// Everything it is quoted saying, by item and then place in the article.
  public var quotes: [ActorQuote]
  /// Where it stands on the articles' topics, by item.
  public var stances: [ActorStance]

  public var articleCount: Int { articles.count }
  public var quoteCount: Int { quotes.count }

  /// The stances grouped by topic, topics in order of first appearance.
  public var stancesByTopic: [(topic: String, stances: [ActorStance])] {
    var order: [String] = []
    var byTopic: [String: [ActorStance]] = [:]
    for stance in stances {
      if byTopic[stance.topic] == nil { order.append(stance.topic) }
      byTopic[stance.topic, default: []].append(stance)
    }
    return order.map { ($0, byTopic[$0]!) }
  }
}

/// One quote of an actor, with where to find it: the item, and the span in its article.
public struct ActorQuote: Hashable, Sendable {
  /// The library item (index into ``Library/items``).
  public var item: Int
  /// The quote's id in the article's annotations.
  public var quote: String
  public var text: String
  public var kind: QuoteKind
  /// The quoted words in the article's text, for jumping to them.
  public var span: Span
  /// The article's date, as written.
  public var date: String?
}

/// An actor's stance on a topic in one article, with the evidence's spans.
public struct ActorStance: Hashable, Sendable {
  public var item: Int
  public var topic: String
  public var polarity: Polarity
  public var evidence: [Span]
  public var date: String?
}
