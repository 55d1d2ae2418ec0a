import ArgumentParser
import Foundation
import GlossCore

/// `gloss notes add ARTICLE --quote TEXT`: a note on the first place the quote occurs.
struct NotesAddCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a note on the first occurrence of a passage, and save it.",
    discussion: """
      With --note it is a comment, with only --tag a tagging, with --stance a stance, with none \
      of them a highlight. Prints the new note's id and place.
      """)

  @OptionGroup var options: NotesOptions

  @Option(help: "The passage, exactly as the article writes it.")
  var quote: String

  @Option(help: "The note's text.")
  var note: String?

  @Option(name: .customLong("tag"), help: "A tag (repeat for more).")
  var tags: [String] = []

  @Option(help: "A stance the passage shows: ACTOR:POLARITY[:TARGET], POLARITY one of support, oppose, neutral, mixed.")
  var stance: String?

  func validate() throws {
    if quote.isEmpty { throw ValidationError("--quote must not be empty") }
    if let stance, Self.stance(stance) == nil {
      throw ValidationError("--stance must be ACTOR:POLARITY[:TARGET] with POLARITY support, oppose, neutral or mixed")
    }
  }

  func run() async throws {
    let session = try NotesSession(options)
    guard let span = NoteAnchorer(article: session.article).firstOccurrence(of: quote) else {
      StandardError.writeLine("gloss: \(options.article): the quote is not in the article")
      throw ExitCode(65)
    }
    var bodies = note.map { [NoteBody.comment($0)] } ?? []
    bodies += tags.map(NoteBody.tag)
    bodies += stance.flatMap(Self.stance).map { [NoteBody.stance($0)] } ?? []
    let source = NoteTarget.source(articlePath: options.article, article: session.article)
    let added = Note(target: NoteTarget(source: source, span: span, in: session.article.scalars), bodies: bodies)
    do {
      try session.store.add(added)
    } catch {
      throw NotesSession.exit(error)
    }
    if let warning = session.store.lockWarning { StandardError.writeLine("gloss: warning: \(warning)") }
    let place = NotePlace(span: span, in: session.article)
    FileHandle.standardOutput.write(Data("\(added.id) \(place) \(session.store.path)\n".utf8))
  }

  /// `ACTOR:POLARITY[:TARGET]` as a stance, nil when it is not one.
  static func stance(_ text: String) -> UserStance? {
    let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 2, !parts[0].isEmpty, let polarity = Polarity(rawValue: parts[1]) else {
      return nil
    }
    return UserStance(actor: parts[0], polarity: polarity, target: parts.count == 3 ? parts[2] : nil)
  }
}
