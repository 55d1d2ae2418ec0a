import ArgumentParser
import Foundation
import GlossCore

/// `gloss notes list ARTICLE`: one line per note, in text order, detached notes last.
struct NotesListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the notes on an article: place, how attached, passage, tags and comment.")

  /// The longest excerpt of a passage or comment, in characters.
  static let excerptLength = 60

  @OptionGroup var options: NotesOptions

  func run() async throws {
    let session = try NotesSession(options)
    let notes = session.anchoredNotes
    guard !notes.isEmpty else { return print("no notes (\(session.store.path))") }
    let lines = notes.map { Self.line($0, in: session.article) }
    FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
  }

  /// `¶3, 1024–1090  moved  “passage…”  #tag  — comment`, with control characters escaped
  /// (``VisibleText``) so a note cannot send escape sequences to the terminal.
  static func line(_ anchored: AnchoredNote, in article: Article) -> String {
    let note = anchored.note
    let place = anchored.anchor.span.map { NotePlace(span: $0, in: article).description } ?? "-"
    let passage = anchored.anchor.span.map(article.string) ?? note.target.quote?.exact ?? ""
    var fields = [place, anchored.anchor.attachment.description, "“\(excerpt(passage))”"]
    if !note.tags.isEmpty { fields.append(note.tags.map { "#" + $0 }.joined(separator: " ")) }
    if let stance = note.stance { fields.append("stance " + stance.summary) }
    if let comment = note.comments.first { fields.append("— " + excerpt(comment)) }
    return VisibleText.line(fields.joined(separator: "  "))
  }

  /// `text` on one line, white space runs as one space, cut to ``excerptLength`` with an ellipsis.
  static func excerpt(_ text: String) -> String {
    let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return line.count <= excerptLength ? line : line.prefix(excerptLength - 1) + "…"
  }
}
