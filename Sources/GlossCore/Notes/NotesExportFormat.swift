import Foundation

/// What notes are exported as: Markdown for people (passages, comments and tags in text
/// order), or the notes file's W3C Web Annotation collection (JSON-LD) for programs.
public enum NotesExportFormat: String, CaseIterable, Sendable {
  case markdown, json

  /// The format a file's extension asks for: `.md`, `.markdown`, `.json`, `.jsonld`; Markdown
  /// for a name without one; nil for any other extension.
  public init?(path: String) {
    switch (path as NSString).pathExtension.lowercased() {
    case "", "md", "markdown": self = .markdown
    case "json", "jsonld": self = .json
    default: return nil
    }
  }

  /// The notes of `collection` (anchored in `article` as `anchored`) in this format; no control
  /// character passes into Markdown raw (JSON escapes them itself).
  public func export(_ anchored: [AnchoredNote], collection: NotesCollection, article: Article) -> Data {
    switch self {
    case .markdown: Data(VisibleText.lines(NotesMarkdownExporter().export(anchored, article: article)).utf8)
    case .json: collection.jsonData
    }
  }
}
