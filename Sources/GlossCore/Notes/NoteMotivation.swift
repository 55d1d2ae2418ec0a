/// Why a note was made: the W3C Web Annotation `motivation`.
///
/// Gloss writes the four below; any other value read from a file is kept as it is.
public struct NoteMotivation: RawRepresentable, Hashable, Sendable {
  public var rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  /// A note with a comment.
  public static let commenting = NoteMotivation(rawValue: "commenting")
  /// A passage marked without a comment.
  public static let highlighting = NoteMotivation(rawValue: "highlighting")
  /// A passage with tags only.
  public static let tagging = NoteMotivation(rawValue: "tagging")
  /// A passage with the reader's stance: an actor's position on a topic.
  public static let classifying = NoteMotivation(rawValue: "classifying")
}
