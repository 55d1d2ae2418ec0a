/// What `BratReader` read from a brat `.ann` file: the annotations, and one warning per line it
/// skipped or reference it could not follow.
public struct BratImport: Sendable {
  public var annotations: Annotations
  /// Each warning names the file and the line ("a.ann: line 7: has offsets … outside the text").
  public var warnings: [String]

  public init(annotations: Annotations, warnings: [String]) {
    self.annotations = annotations
    self.warnings = warnings
  }
}
