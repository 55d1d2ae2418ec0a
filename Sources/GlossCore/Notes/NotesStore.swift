import Foundation

/// The notes of one article, kept in a notes file: what the reader and `gloss notes` use to
/// read, add, change and delete notes.
///
/// Every change is saved at once. A save holds the file's lock (``FileLock``) from reading the
/// file to renaming the new one over it, so saves by other processes take turns with it; when the
/// file changed on disk since the store read it (another Gloss saved it), the store merges it by
/// note id first (``NotesCollection/merged(with:)``), so nothing is lost. The file is written
/// atomically (see ``AtomicFile``), and temporary files left by killed saves are removed. Where
/// the file system refuses locks, saves go ahead unlocked and ``lockWarning`` says so once.
/// A file that cannot be read makes the store read-only: it is never written over.
///
/// Not thread-safe: one reader or command owns a store.
public final class NotesStore {
  /// The notes file (another after ``save(as:)``).
  public private(set) var path: String
  /// The notes and tombstones as the store knows them.
  public private(set) var collection: NotesCollection
  /// Why the store cannot save (its file could not be read), or nil.
  public private(set) var problem: NotesError?
  /// True when a change could not be saved yet (the last save failed); the next save retries.
  public private(set) var hasUnsavedChanges = false
  /// The file as last read or written; nil when there was none.
  private var stamp: FileStamp?
  /// How a save writes the file's bytes (a test's writer fails as a full disk does).
  var write: AtomicFile.Writer = AtomicFile.writeAll
  /// How long a save waits for a process that holds the file's lock without saving it.
  var lockTimeout: Duration = .seconds(5)
  /// How a save asks for the lock (a test's call refuses, as a file system without locks does).
  var lockCall: FileLock.Call = FileLock.flockCall
  /// Why the last save could not lock the file, or nil.
  private var unlockedReason: String?
  /// One line for the user, set by the first save that had to go ahead without the file's lock
  /// (the file system refuses locks); nil after every other save.
  public private(set) var lockWarning: String?
  /// True once ``lockWarning`` has been set: it is said once per store.
  private var hasWarnedUnlocked = false

  /// Opens the notes at `path`: none when there is no file there (or a directory, which saving
  /// will report), read-only with ``problem`` set when the file cannot be read.
  public init(path: String) {
    self.path = path
    collection = NotesCollection()
    do {
      if let (collection, stamp) = try Self.read(path) {
        self.collection = collection
        self.stamp = stamp
      }
    } catch {
      problem = error
    }
  }

  public convenience init(location: NotesLocation) { self.init(path: location.path) }

  /// The notes, oldest first.
  public var notes: [Note] { collection.notes }

  public var isReadOnly: Bool { problem != nil }

  /// Adds `note` and saves. A note with the id of one deleted here is restored (an undo), and
  /// counts as modified now so that it wins over its tombstone in other copies too.
  public func add(_ note: Note, now: Date = Date()) throws(NotesError) {
    try checkWritable()
    var note = note
    if collection.tombstones.contains(where: { $0.id == note.id }) {
      collection.tombstones.removeAll { $0.id == note.id }
      note.modified = max(note.modified, NoteDate.rounded(now))
    }
    collection.notes.removeAll { $0.id == note.id }
    collection.notes.append(note)
    try save()
  }

  /// Replaces the note with `note`'s id by `note`, modified `now`, and saves; adds it when there
  /// is no such note.
  public func update(_ note: Note, now: Date = Date()) throws(NotesError) {
    try checkWritable()
    guard let index = collection.notes.firstIndex(where: { $0.id == note.id }) else {
      return try add(note, now: now)
    }
    var note = note
    note.modified = NoteDate.rounded(now)
    collection.notes[index] = note
    try save()
  }

  /// Deletes the note `id`, leaving a tombstone, and saves.
  public func delete(id: String, now: Date = Date()) throws(NotesError) {
    try checkWritable()
    guard collection.notes.contains(where: { $0.id == id }) else { return }
    collection.notes.removeAll { $0.id == id }
    collection.tombstones.removeAll { $0.id == id }
    collection.tombstones.append(NoteTombstone(id: id, deleted: NoteDate.rounded(now)))
    try save()
  }

  /// Writes the notes to the file, holding its lock from reading to renaming: merged first with
  /// the file's notes if it changed since it was read, and with the temporary files of killed
  /// saves removed. On failure the notes in memory are kept, and ``hasUnsavedChanges`` stays true.
  public func save() throws(NotesError) {
    try checkWritable()
    hasUnsavedChanges = true
    lockWarning = nil
    do {
      let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .saveFailed(path: path, reason: "its directory cannot be made")
    }
    let lock = try lockFile()
    defer { lock?.release() }
    do {
      let current = try Self.read(path)
      if current?.1 != stamp, let (disk, _) = current { collection = collection.merged(with: disk) }
    } catch {
      problem = error
      throw error
    }
    if let lock { AtomicFile.removeLeftovers(of: path, before: lock.acquired) }
    let data = NotesFileFormat.encode(collection)
    do {
      try AtomicFile.replace(path, with: data, write: write)
    } catch {
      throw .saveFailed(path: path, reason: error.reason)
    }
    stamp = FileStamp(path: path, data: data)
    hasUnsavedChanges = false
    warnIfUnlocked()
  }

  /// The file's lock, or nil when it cannot be had here (``unlockedReason`` says why): the save
  /// then goes ahead as Gloss did before it locked. Throws when another process holds it too long.
  private func lockFile() throws(NotesError) -> FileLock? {
    do {
      switch try FileLock.acquire(for: path, timeout: lockTimeout, call: lockCall) {
      case .held(let lock):
        unlockedReason = nil
        return lock
      case .unavailable(let reason):
        unlockedReason = reason
        return nil
      }
    } catch {
      throw .locked(path: path, lockPath: error.lockPath, seconds: Int(lockTimeout.components.seconds))
    }
  }

  /// Sets ``lockWarning`` after the first save made without the lock.
  private func warnIfUnlocked() {
    guard let unlockedReason, !hasWarnedUnlocked else { return }
    hasWarnedUnlocked = true
    lockWarning =
      "\(path): notes saved without a lock (\(unlockedReason)); "
      + "another program saving them at the same moment may lose a note"
  }

  /// Writes every note to the file at `newPath`, which keeps them from now on: merged first with
  /// the notes already there when it is a notes file, refused when it is a file that is not (an
  /// article, say), which is never written over. Works on a read-only store too, whose notes then
  /// become writable in the new file. On failure the store keeps its file and state.
  public func save(as newPath: String) throws(NotesError) {
    let before = (path, collection, stamp, problem, hasUnsavedChanges)
    (path, stamp, problem) = (newPath, nil, nil)
    do {
      try save()
    } catch {
      (path, collection, stamp, problem, hasUnsavedChanges) = before
      throw error
    }
  }

  private func checkWritable() throws(NotesError) {
    if let problem { throw .readOnly(path: path, because: problem.reason) }
  }

  /// The collection in the file at `path` and the file's stamp; nil when there is no file there
  /// (a directory counts as none: nothing to read, and saving will say what is in the way).
  static func read(_ path: String) throws(NotesError) -> (NotesCollection, FileStamp)? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else { return nil }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or read error")
    }
    return (try NotesFileFormat.decode(data, path: path), FileStamp(path: path, data: data))
  }
}
