import Foundation
import GlossCore

/// The stance prompt's text, "ACTOR: POLARITY [TARGET]" ("China: oppose THAAD"): read into a
/// ``UserStance``, started with a likely actor, and its actor swapped by `Tab` through the
/// article's entities.
enum StanceEntry {
  /// What to type, for the status line when the text cannot be read.
  static let usage = "Stance: ACTOR: support|oppose|neutral|mixed [TARGET]"

  /// The stance in `text`; the polarity may be shortened to its first letters, and a target may
  /// start with "on".
  static func parse(_ text: String) -> UserStance? {
    guard let colon = text.lastIndex(of: ":") else { return nil }
    let actor = text[..<colon].trimmingCharacters(in: .whitespaces)
    var words = text[text.index(after: colon)...].split(separator: " ").map(String.init)
    guard !actor.isEmpty, let first = words.first?.lowercased(),
      let polarity = Polarity.allCases.first(where: { $0.rawValue.hasPrefix(first) })
    else { return nil }
    words.removeFirst()
    if words.first?.lowercased() == "on" { words.removeFirst() }
    return UserStance(actor: actor, polarity: polarity, target: words.isEmpty ? nil : words.joined(separator: " "))
  }

  /// The actors to offer for a stance on `span`: entities mentioned in it first, then the
  /// others by how often they are mentioned (places and organisations too: states take sides).
  static func actors(for span: Span, in annotations: Annotations) -> [String] {
    let ranked = annotations.entities.sorted { $0.mentions.count > $1.mentions.count }
    let inside = ranked.filter { $0.mentions.contains { $0.overlaps(span) } }
    var names = inside.map(\.name)
    for entity in ranked where !names.contains(entity.name) { names.append(entity.name) }
    return names
  }

  /// `text` with its actor replaced by the one after it in `actors` (wrapping).
  static func nextActor(in text: String, among actors: [String]) -> String {
    guard !actors.isEmpty else { return text }
    let colon = text.lastIndex(of: ":")
    let actor = colon.map { text[..<$0].trimmingCharacters(in: .whitespaces) } ?? ""
    let rest = colon.map { String(text[text.index(after: $0)...]) } ?? " "
    let next = actors.firstIndex(of: actor).map { actors[($0 + 1) % actors.count] } ?? actors[0]
    return next + ":" + (rest.isEmpty ? " " : rest)
  }
}
