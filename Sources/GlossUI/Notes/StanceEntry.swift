import Foundation
import GlossCore

/// The stance prompt's text, "ACTOR: POLARITY [TARGET]" ("China: oppose THAAD"): read into a
/// ``UserStance``, started with a likely actor, and its actor swapped by `Tab` through the
/// article's entities.
enum StanceEntry {
  /// Why a stance's text cannot be read, for the status line.
  struct Problem: Error, Equatable {
    let message: String
  }

  /// The stance in `text`: one actor, one colon, a polarity from the fixed set (its first letters
  /// will do), an optional target (which may start with "on"); else what is wrong with it.
  static func parse(_ text: String) -> Result<UserStance, Problem> {
    let polarities = Polarity.allCases.map(\.rawValue).joined(separator: ", ")
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 else {
      return .failure(Problem(message: parts.count < 2
        ? "Stance: a colon goes after the actor (ACTOR: POLARITY [TARGET])"
        : "Stance: one colon only, after the actor (an actor's name holds none)"))
    }
    let actor = parts[0].trimmingCharacters(in: .whitespaces)
    guard !actor.isEmpty else { return .failure(Problem(message: "Stance: whose? The actor goes before the colon")) }
    var words = parts[1].split(separator: " ").map(String.init)
    guard let first = words.first?.lowercased() else {
      return .failure(Problem(message: "Stance: a polarity goes after the colon (\(polarities))"))
    }
    guard let polarity = Polarity.allCases.first(where: { $0.rawValue.hasPrefix(first) }) else {
      return .failure(Problem(message: "Stance: \"\(words[0])\" is not a polarity (\(polarities), or their first letters)"))
    }
    words.removeFirst()
    if words.first?.lowercased() == "on" { words.removeFirst() }
    return .success(UserStance(actor: actor, polarity: polarity, target: words.isEmpty ? nil : words.joined(separator: " ")))
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

  /// `text` with its actor (what comes before the first colon) replaced by the one after it in
  /// `actors` (wrapping).
  static func nextActor(in text: String, among actors: [String]) -> String {
    guard !actors.isEmpty else { return text }
    let colon = text.firstIndex(of: ":")
    let actor = colon.map { text[..<$0].trimmingCharacters(in: .whitespaces) } ?? ""
    let rest = colon.map { String(text[text.index(after: $0)...]) } ?? " "
    let next = actors.firstIndex(of: actor).map { actors[($0 + 1) % actors.count] } ?? actors[0]
    return next + ":" + (rest.isEmpty ? " " : rest)
  }
}
