/// Which annotations to show for an article with a brat `.ann` file beside it: the file's, the
/// automatic ones (the annotation core's), or both merged (`AnnotationMerge`).
public enum AnnotationChoice: String, CaseIterable, Sendable {
  case auto
  case file
  case both

  /// How the reader names the choice: "auto", "file", "file+auto".
  public var label: String { self == .both ? "file+auto" : rawValue }

  /// The choice after this one, for the key that cycles them: both → file → auto → both.
  public var next: AnnotationChoice {
    switch self {
    case .both: return .file
    case .file: return .auto
    case .auto: return .both
    }
  }
}
