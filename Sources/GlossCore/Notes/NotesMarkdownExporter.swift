/// Writes notes as Markdown: each attached note in text order under its place, with its passage
/// as a block quote, its comments, tags, stance and (when not exact) how it was attached; the
/// detached notes at the end, with the passage they were written on.
public struct NotesMarkdownExporter: Sendable {
  public init() {}

  /// `notes` as anchored by ``NoteAnchorer/anchor(_:)`` (text order, detached last) in `article`.
  public func export(_ notes: [AnchoredNote], article: Article) -> String {
    let title = article.title.isEmpty ? "the article" : "“\(article.title)”"
    var output = "# Notes on \(title)\n"
    if notes.isEmpty { output += "\nNo notes.\n" }
    var detachedHeading = false
    for anchored in notes {
      output += "\n"
      if let span = anchored.anchor.span {
        output += "## \(NotePlace(span: span, in: article))\n\n"
        output += blockQuote(article.string(span))
      } else {
        if !detachedHeading { output += "## Detached notes\n\n" }
        detachedHeading = true
        let was = anchored.note.target.position.map { " (was at \($0.start)–\($0.end))" } ?? ""
        output += "### Detached\(was)\n\n"
        output += blockQuote(anchored.note.target.quote?.exact ?? "")
      }
      output += details(anchored)
    }
    return output
  }

  /// The note's comments, tags, stance and attachment, each paragraph after a blank line.
  func details(_ anchored: AnchoredNote) -> String {
    let note = anchored.note
    var lines = note.comments
    if !note.tags.isEmpty { lines.append("Tags: " + note.tags.map { "`\($0)`" }.joined(separator: ", ")) }
    if let stance = note.stance { lines.append("Stance: " + stance.summary) }
    switch anchored.anchor.attachment {
    case .exact, .detached: break
    case .moved, .approximate: lines.append("Attached: \(anchored.anchor.attachment)")
    }
    return lines.map { "\n\($0)\n" }.joined()
  }

  /// `text` as a Markdown block quote, line by line.
  func blockQuote(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? ">\n" : "> \($0)\n" }.joined()
  }
}
