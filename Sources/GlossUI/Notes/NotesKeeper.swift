import Foundation
import GlossCore

/// The reader's link to its notes file: opens it for an article (showing its notes in the
/// state), and carries out the notes effects `update` returns — saving each change at once
/// through ``NotesStore`` and writing the Markdown export — reporting back into the state.
///
/// The one part of the reader's notes with side effects; owned by the program's loop. The store
/// keeps the file open for the whole session: each save locks it, reads it again and merges.
public final class NotesKeeper {
  private let store: NotesStore

  /// Opens the notes of the article at `articlePath` (`-` for standard input): `chosen` when
  /// given (`--notes FILE`), else where ``NotesLocation`` puts them; shows them in `state`.
  public init(
    articlePath: String, chosen: String?, state: inout ReaderState,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    let article = state.document.article
    let location = NotesLocation.resolve(articlePath: articlePath, text: article.text, chosen: chosen, environment: environment)
    store = NotesStore(location: location)
    state.openNotes(
      store.notes, location: location, source: NoteTarget.source(articlePath: articlePath, article: article),
      problem: store.problem)
  }

  /// Saves `change`; the state then shows the notes as the file holds them, or the error.
  /// `.saveAll(to: FILE)` makes FILE the notes file when it succeeds.
  public func save(_ change: NoteChange, in state: inout ReaderState) {
    do {
      switch change {
      case .put(let note): try store.update(note)
      case .delete(let id): try store.delete(id: id)
      case .restore(let note): try store.add(note)
      case .saveAll(let path):
        if let path { try store.save(as: path) } else { try store.save() }
        state.notesWritten(store.notes, to: path.map { NotesLocation(path: $0, kind: .chosen) })
        showLockWarning(in: &state)
        return
      }
      state.notesSaved(store.notes, error: nil, unsaved: false)
      showLockWarning(in: &state)
    } catch {
      state.notesSaved(store.notes, error: error, unsaved: store.hasUnsavedChanges)
    }
  }

  /// The store's warning that it saved without a lock, on the status line (once: the store says
  /// it once).
  private func showLockWarning(in state: inout ReaderState) {
    state.announce(store.lockWarning.map { StatusMessage($0, isError: true) })
  }

  /// Writes the notes in `state` to `path` in `format` and says so in the status line.
  public func export(to path: String, as format: NotesExportFormat, in state: inout ReaderState) {
    let data = format.export(state.notes.anchored, collection: store.collection, article: state.document.article)
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
      let count = state.notes.anchored.count
      state.say(StatusMessage("Exported \(count) note\(count == 1 ? "" : "s") to \(path) (\(format.rawValue))"))
    } catch {
      state.say(StatusMessage("\(path): cannot write the export (\(error.localizedDescription))", isError: true))
    }
  }
}
