import Foundation
import GlossCore
import GlossTestSupport

@testable import GlossUI

/// States with notes opened, and a notes file in a fresh temporary directory.
enum NotesFixtures {
  /// The THAAD sample with hand-made annotations and the notes file at `path` opened by a
  /// keeper, as the reader opens `--notes FILE`.
  static func opened(_ path: String) throws -> (ReaderState, NotesKeeper) {
    var state = try ReaderFixtures.handState()
    let keeper = NotesKeeper(articlePath: "/tmp/thaad.txt", chosen: path, state: &state)
    state.messages.markRead()  // as the loop does once the opening message has been read
    return (state, keeper)
  }

  /// A file named `name` holding `text` in a fresh temporary directory.
  static func file(_ name: String, holding text: String) throws -> String {
    let path = try TemporaryFolder.make().appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The THAAD sample with hand-made annotations and `notes`, as if read from a notes file.
  static func state(_ notes: [Note] = [], width: Int = 120, height: Int = 40) throws -> ReaderState {
    var state = try ReaderFixtures.handState(width: width, height: height)
    state.openNotes(
      notes, location: NotesLocation(path: "/tmp/thaad.txt.notes.json", kind: .besideArticle),
      source: "file:///tmp/thaad.txt", problem: nil)
    state.messages = StatusMessages()
    return state
  }

  /// A note on the first occurrence of `snippet` in the THAAD sample.
  static func note(on snippet: String, _ bodies: [NoteBody] = []) throws -> Note {
    let article = try ReaderFixtures.thaad()
    let span = ReaderFixtures.span(snippet, in: article)
    return Note(target: NoteTarget(source: "file:///tmp/thaad.txt", span: span, in: article.scalars), bodies: bodies)
  }
}

extension ReaderState {
  /// The note saved by `effect`, if it saves one.
  static func savedNote(_ effect: ReaderEffect?) -> Note? {
    if case .saveNote(.put(let note)) = effect { return note }
    return nil
  }
}
