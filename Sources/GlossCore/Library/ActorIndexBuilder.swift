/// Builds an ``ActorIndex`` from a library's annotated articles, added one at a time so that
/// no article's annotations need to stay in memory (see `docs/library.md`, "Actors").
///
/// Merging, in time linear in the number of entities (dictionaries by name, no comparison of
/// every pair):
/// 1. Each person, organisation and country entity of each article is a member.
/// 2. Members of one kind sharing a name key are one actor: for people their full names (two
///    words or more, titles removed: "President Xi Jinping" is "Xi Jinping"), for organisations
///    and countries any of their names or aliases.
/// 3. A person known in an article by one word only ("Xi", "Moon", "Bolden") joins the actor
///    whose full name it shortens (``ActorName/shortForms(ofFullName:)``) when exactly one actor
///    has that short form; otherwise it stays an actor of its own, with others of that word.
public struct ActorIndexBuilder: Sendable {
  /// One article's entity that is an actor.
  struct Member: Sendable {
    var item: Int
    var entity: String
    var kind: ActorName.Kind
    var type: EntityType
    /// The entity's name and aliases, as the article writes them.
    var forms: [String]
  }

  private var members: [Member] = []
  private var quotes: [(member: Int, quote: ActorQuote)] = []
  private var stances: [(member: Int, stance: ActorStance)] = []

  public init() {}

  /// Adds the actors, quotes and stances of the article of library item `item`.
  public mutating func add(item: Int, facts: ArticleFacts, annotations: Annotations) {
    var memberOfEntity: [String: Int] = [:]
    for entity in annotations.entities {
      guard let kind = ActorName.kind(of: entity) else { continue }
      memberOfEntity[entity.id] = members.count
      members.append(
        Member(item: item, entity: entity.id, kind: kind, type: entity.type, forms: [entity.name] + entity.aliases))
    }
    for quote in annotations.quotes {
      guard let entity = quote.speaker?.entity, let member = memberOfEntity[entity] else { continue }
      quotes.append(
        (member, ActorQuote(item: item, quote: quote.id, text: quote.text, kind: quote.kind, span: quote.span, date: facts.date)))
    }
    for stance in annotations.stances {
      guard let member = memberOfEntity[stance.actor] else { continue }
      stances.append(
        (member, ActorStance(item: item, topic: annotations.targetLabel(of: stance), polarity: stance.polarity, evidence: stance.evidence, date: facts.date)))
    }
  }

  /// The index of everything added.
  public func build() -> ActorIndex {
    var sets = UnionFind(count: members.count)
    var owner: [String: Int] = [:]
    var byShortForm: [String: [Int]] = [:]
    var lone: [(member: Int, word: String)] = []
    func join(_ member: Int, key: String) {
      if let first = owner[key] { sets.union(first, member) } else { owner[key] = member }
    }
    for (index, member) in members.enumerated() {
      let keys = ActorName.keys(member.forms, kind: member.kind)
      if keys.isEmpty, member.kind == .person {
        lone.append((index, Gazetteer.key(ActorName.bare(member.forms[0], kind: .person))))
        continue
      }
      for key in keys { join(index, key: key) }
      if member.kind == .person {
        for name in ActorName.fullNames(member.forms) {
          for word in ActorName.shortForms(ofFullName: name) { byShortForm[word, default: []].append(index) }
        }
      }
    }
    var shortFormOwner: [String: Int?] = [:]
    for (member, word) in lone {
      if shortFormOwner[word] == nil {
        let roots = Set((byShortForm[word] ?? []).map { sets.root($0) })
        shortFormOwner[word] = roots.count == 1 ? roots.first : Int?.none
      }
      if let actor = shortFormOwner[word] ?? nil {
        sets.union(actor, member)
      } else {
        join(member, key: "person-word:" + word)
      }
    }
    return assemble(&sets)
  }

  /// The actors of the merged sets, with their quotes and stances.
  private func assemble(_ sets: inout UnionFind) -> ActorIndex {
    var groupOfRoot: [Int: Int] = [:]
    var groups: [[Int]] = []
    for index in members.indices {
      let root = sets.root(index)
      if let group = groupOfRoot[root] {
        groups[group].append(index)
      } else {
        groupOfRoot[root] = groups.count
        groups.append([index])
      }
    }
    var groupOfMember = [Int](repeating: 0, count: members.count)
    for (group, indices) in groups.enumerated() { for index in indices { groupOfMember[index] = group } }
    var groupQuotes = [[ActorQuote]](repeating: [], count: groups.count)
    for (member, quote) in quotes { groupQuotes[groupOfMember[member]].append(quote) }
    var groupStances = [[ActorStance]](repeating: [], count: groups.count)
    for (member, stance) in stances { groupStances[groupOfMember[member]].append(stance) }

    var actors: [Actor] = groups.indices.map { group in
      let groupMembers = groups[group].map { members[$0] }
      let (name, aliases) = Self.names(groupMembers)
      return Actor(
        id: 0, name: name, type: groupMembers[0].type, aliases: aliases,
        articles: Array(Set(groupMembers.map(\.item))).sorted(),
        quotes: groupQuotes[group].sorted { ($0.item, $0.span) < ($1.item, $1.span) },
        stances: groupStances[group].sorted { $0.item < $1.item })
    }
    var order = Array(actors.indices)
    order.sort { a, b in
      let (x, y) = (actors[a], actors[b])
      if x.articleCount != y.articleCount { return x.articleCount > y.articleCount }
      if x.quoteCount != y.quoteCount { return x.quoteCount > y.quoteCount }
      return x.name < y.name
    }
    var position = [Int](repeating: 0, count: actors.count)
    for (rank, index) in order.enumerated() { position[index] = rank }
    actors = order.map { actors[$0] }
    for index in actors.indices { actors[index].id = index }
    var actorOfEntity: [ActorIndex.EntityKey: Int] = [:]
    for (index, member) in members.enumerated() {
      actorOfEntity[ActorIndex.EntityKey(item: member.item, entity: member.entity)] = position[groupOfMember[index]]
    }
    return ActorIndex(actors: actors, actorOfEntity: actorOfEntity)
  }

  /// An actor's name and aliases: a person's fullest name (most words, then the most used),
  /// else the name used most, then the longest; the aliases every other form, sorted.
  static func names(_ members: [Member]) -> (String, [String]) {
    var uses: [String: Int] = [:]
    for member in members { uses[ActorName.bare(member.forms[0], kind: member.kind), default: 0] += 1 }
    let isPerson = members[0].kind == .person
    func rank(_ name: String) -> (Int, Int, Int) {
      (isPerson ? ActorName.wordKeys(name).count : 0, uses[name] ?? 0, name.count)
    }
    let name = uses.keys.max { rank($0) != rank($1) ? rank($0) < rank($1) : $0 > $1 } ?? ""
    let forms = Set(members.flatMap(\.forms))
    return (name, forms.subtracting([name]).sorted())
  }
}
