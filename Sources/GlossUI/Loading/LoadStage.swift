/// How far a long article's background load has come: what the status line and the empty panes
/// show while the reader shows its preview.
public enum LoadStage: Equatable, Sendable {
  /// Reading and decoding the whole file.
  case reading
  /// Annotating; the fraction done, from 0 to 1.
  case annotating(Double)
  /// Preparing the annotations for the screen (colours, pane rows, search text).
  case preparing

  /// "annotating 45%", for the status line.
  public var label: String {
    switch self {
    case .reading: "reading the article…"
    case .annotating(let fraction): "annotating \(Int(fraction * 100))%"
    case .preparing: "annotating 100%"
    }
  }
}
