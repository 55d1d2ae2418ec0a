/// Groups the entity mentions of a brat file into entities.
///
/// Mentions an `Equiv` line links are one entity (links are transitive). A mention no `Equiv`
/// line names joins the mentions with the same label and the same text, so a file without
/// `Equiv` lines still gives "Seoul" once with all its mentions. An entity's type is its
/// mentions' most frequent label (the first mention's on a tie), its name the longest text of
/// its mentions (the first on a tie), its aliases the other texts in order of first mention.
struct BratEntityGrouping {
  /// The brat labels of entity mentions and the type each stands for.
  static let types: [String: EntityType] = [
    "person": .person, "organization": .organization, "organisation": .organization,
    "place": .place, "location": .place, "other": .other,
  ]

  /// The entities, numbered `e1`, `e2`, … in order of first mention.
  private(set) var entities: [Entity] = []
  /// The index in `entities` of the entity each mention span belongs to.
  private(set) var entityOfMention: [Span: Int] = [:]

  init(_ file: inout BratFile, article: Article, name: String) {
    let mentions = file.textBounds.filter { Self.types[$0.label.lowercased()] != nil }
    var groups = UnionFind(count: mentions.count)
    let position = Dictionary(
      mentions.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    var linked = Set<Int>()
    for (ids, line) in file.equivalences {
      let members = ids.compactMap { position[$0] }
      if members.count < ids.count {
        file.warn(
          name, line: line, "Equiv names an id that is not an entity mention; it is left out")
      }
      for member in members.dropFirst() { groups.union(members[0], member) }
      linked.formUnion(members)
    }
    var byText: [String: Int] = [:]
    for (offset, mention) in mentions.enumerated() where !linked.contains(offset) {
      let key = mention.label.lowercased() + "\t" + text(mention, article)
      if let first = byText[key] { groups.union(first, offset) } else { byText[key] = offset }
    }
    build(mentions, groups: &groups, article: article)
  }

  /// The covered text of a mention, its pieces joined by a space.
  private func text(_ mention: BratFile.TextBound, _ article: Article) -> String {
    mention.pieces.map { VisibleText.line(article.string($0)) }.joined(separator: " ")
  }

  private mutating func build(
    _ mentions: [BratFile.TextBound], groups: inout UnionFind, article: Article
  ) {
    var members: [Int: [BratFile.TextBound]] = [:]
    for (offset, mention) in mentions.enumerated() {
      members[groups.root(offset), default: []].append(mention)
    }
    let ordered = members.values.map { $0.sorted { $0.span < $1.span } }.sorted {
      $0[0].span < $1[0].span
    }
    for group in ordered {
      let texts = group.map { text($0, article) }
      var distinct: [String] = []
      for text in texts where !distinct.contains(text) { distinct.append(text) }
      let name = distinct.max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? ""
      let spans = Array(Set(group.map(\.span))).sorted()
      for span in spans { entityOfMention[span] = entities.count }
      entities.append(
        Entity(
          id: "e\(entities.count + 1)", name: name, type: Self.type(of: group),
          aliases: distinct.filter { $0 != name }, mentions: spans))
    }
  }

  /// The most frequent type among `group`'s labels, the first mention's on a tie.
  private static func type(of group: [BratFile.TextBound]) -> EntityType {
    let types = group.compactMap { Self.types[$0.label.lowercased()] }
    var counts: [EntityType: Int] = [:]
    for type in types { counts[type, default: 0] += 1 }
    let most = counts.values.max() ?? 0
    return types.first { counts[$0] == most } ?? .other
  }
}
