import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// The notes file's lock in one process: a save waits for the holder and merges what it wrote,
/// gives up after the timeout with one line, goes ahead unlocked (saying so once) where locks
/// are refused, and removes the temporary files of killed saves, only those. The same across
/// processes, with the real binary, is in `NotesStressEndToEndTests` and `NotesKillEndToEndTests`.
@Suite("Notes locking")
struct NotesLockingTests {
  let text: String

  init() throws { text = try NotesFixtures.thaadText() }

  /// Holds the lock of the notes file at `path` as another process would.
  func hold(_ path: String) throws -> FileLock {
    guard case .held(let lock) = try FileLock.acquire(for: path, timeout: .seconds(1)) else {
      throw NotesFixtureError.notAnObject("no lock for \(path)")
    }
    return lock
  }

  @Test func aSaveWaitsForTheHolderThenMergesWhatItWrote() throws {
    let path = try NotesFixtures.notesPath()
    let mine = try NotesFixtures.note(on: "shared distaste", in: text, bodies: [.comment("mine")])
    let theirs = try NotesFixtures.note(on: "Xi Jinping", in: text, bodies: [.comment("theirs")])
    let lock = try hold(path)
    let refused = DispatchSemaphore(value: 0)
    let saved = DispatchSemaphore(value: 0)
    let result = Locked<Result<[String], NotesError>?>(nil)
    Thread {
      let store = NotesStore(path: path)
      store.lockCall = { descriptor, operation in
        let status = flock(descriptor, operation)
        if status != 0 { refused.signal() }
        return status
      }
      result.value = Result { () throws(NotesError) in
        try store.add(mine)
        return store.notes.flatMap(\.comments)
      }
      saved.signal()
    }.start()

    #expect(refused.wait(timeout: .now() + 10) == .success, "the save never asked for the lock")
    // The store is waiting: what the holder writes now must be read after the wait, not before.
    try AtomicFile.replace(path, with: NotesFileFormat.encode(NotesCollection(notes: [theirs])))
    lock.release()
    #expect(saved.wait(timeout: .now() + 10) == .success, "the save did not end once the lock was free")
    #expect(try Set(#require(result.value).get()) == ["theirs", "mine"])
    #expect(Set(NotesStore(path: path).notes.map(\.id)) == [theirs.id, mine.id])
  }

  @Test func aHolderPastTheTimeoutFailsTheSaveWithOneLineAndKeepsTheNote() throws {
    let path = try NotesFixtures.notesPath()
    let store = NotesStore(path: path)
    try store.add(try NotesFixtures.note(on: "shared distaste", in: text))
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    store.lockTimeout = .milliseconds(200)
    let lock = try hold(path)

    let error = #expect(throws: NotesError.self) { try store.add(try NotesFixtures.note(on: "Xi Jinping", in: text)) }
    #expect(error == .locked(path: path, lockPath: FileLock.path(for: path), seconds: 0))
    #expect(error?.exitCode == 75)
    #expect(error?.message.contains("notes cannot be saved (another program has held its lock .article.txt.notes.json.lock") == true)
    #expect(error?.message.contains("\n") == false)
    #expect(store.hasUnsavedChanges)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

    lock.release()
    try store.save()
    #expect(NotesStore(path: path).notes.count == 2)
  }

  /// The timeout is for a holder that hangs: while the holders save the file in turn, a save
  /// waits past it.
  @Test func holdersThatKeepSavingAreWaitedForPastTheTimeout() throws {
    let path = try NotesFixtures.notesPath()
    // Long beside the holders' saves (one each 10 refusals, about 20 ms), so that a busy
    // machine starving the waiting thread for a while does not end the wait.
    let timeout = Duration.milliseconds(500)
    let refusals = Locked(0)
    let saved = DispatchSemaphore(value: 0)
    let result = Locked<NotesError?>(nil)
    let lock = try hold(path)
    let mine = try NotesFixtures.note(on: "shared distaste", in: text)
    Thread {
      let store = NotesStore(path: path)
      store.lockTimeout = timeout
      store.lockCall = { descriptor, operation in
        let status = flock(descriptor, operation)
        if status != 0 { refusals.value += 1 }
        return status
      }
      do throws(NotesError) { try store.add(mine) } catch { result.value = error }
      saved.signal()
    }.start()

    // Another holder's save each time the waiting store has asked 10 more times, until it has
    // waited four timeouts.
    let clock = ContinuousClock()
    let start = clock.now
    var saves = 0
    while clock.now < start + timeout * 4 {
      if refusals.value >= 10 * (saves + 1) {
        saves += 1
        let theirs = try NotesFixtures.note(on: "Xi Jinping", in: text, bodies: [.comment("save \(saves)")])
        try AtomicFile.replace(path, with: NotesFileFormat.encode(NotesCollection(notes: [theirs])))
      }
      usleep(1_000)
    }
    #expect(saves >= 4, "the store asked \(refusals.value) times")
    lock.release()
    #expect(saved.wait(timeout: .now() + 10) == .success)
    #expect(result.value == nil)
    #expect(NotesStore(path: path).notes.map(\.id).contains(mine.id))
  }

  @Test func whereLocksAreRefusedSavesGoAheadAndSaySoOnce() throws {
    let path = try NotesFixtures.notesPath()
    let leftover = AtomicFile.hiddenSibling(of: path, suffix: ".tmp-" + UUID().uuidString)
    try Data("{}".utf8).write(to: URL(fileURLWithPath: leftover))
    let store = NotesStore(path: path)
    store.lockCall = { _, _ in
      errno = ENOLCK
      return -1
    }
    try store.add(try NotesFixtures.note(on: "shared distaste", in: text))
    let refused = "locking refused: \(String(cString: strerror(ENOLCK)))"
    #expect(
      store.lockWarning
        == "\(path): notes saved without a lock (\(refused)); another program saving them at the same moment may lose a note")
    try store.add(try NotesFixtures.note(on: "Xi Jinping", in: text))
    #expect(store.lockWarning == nil, "said twice")
    #expect(NotesStore(path: path).notes.count == 2)
    #expect(FileManager.default.fileExists(atPath: leftover), "a temporary file was removed without the lock")
  }

  @Test func theNextSaveRemovesLeftoversOfKilledSavesAndNothingElse() throws {
    let path = try NotesFixtures.notesPath()
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let ghost = try NotesFixtures.note(on: "Xi Jinping", in: text, bodies: [.comment("never saved")])
    let ghostFile = NotesFileFormat.encode(NotesCollection(notes: [ghost]))
    let killed = AtomicFile.hiddenSibling(of: path, suffix: ".tmp-" + UUID().uuidString)
    let newer = AtomicFile.hiddenSibling(of: path, suffix: ".tmp-" + UUID().uuidString)
    let others = [
      ".article.txt.notes.json.tmp-notauuid", ".other.txt.notes.json.tmp-\(UUID().uuidString)",
      "article.txt.notes.json.tmp-\(UUID().uuidString)",
    ]
    for file in [killed, newer] + others.map({ directory + "/" + $0 }) {
      try ghostFile.write(to: URL(fileURLWithPath: file))
    }
    // A save of a Gloss that does not lock, still running: made after the lock was taken.
    try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: newer)

    let store = NotesStore(path: path)
    #expect(store.notes.isEmpty, "a temporary file was read as notes")
    try store.add(try NotesFixtures.note(on: "shared distaste", in: text))
    let expected = [".article.txt.notes.json.lock", (newer as NSString).lastPathComponent, "article.txt.notes.json"] + others
    #expect(try NotesFixtures.siblings(of: path) == expected.sorted())
    #expect(NotesStore(path: path).notes.flatMap(\.comments).isEmpty, "the leftover's note was merged in")
  }

  @Test func leftoversAndLockFilesInTheDataDirectoryAreNotNotes() throws {
    let data = try TemporaryFolder.make().path
    let key = DataDirectoryKey(name: "thaad.txt", pathHash: "1111", contentHash: "2222")
    let notes = key.find(in: data)
    try Data().write(to: URL(fileURLWithPath: FileLock.path(for: notes)))
    try Data().write(to: URL(fileURLWithPath: AtomicFile.hiddenSibling(of: notes, suffix: ".tmp-" + UUID().uuidString)))
    let edited = DataDirectoryKey(name: "thaad.txt", pathHash: "1111", contentHash: "3333")
    #expect(edited.find(in: data) == data + "/thaad.txt.1111.3333.notes.json")
    #expect(key.find(in: data) == notes, "found something else than the notes file it would make")
    #expect(try FileManager.default.contentsOfDirectory(atPath: data).compactMap(DataDirectoryKey.hashes).isEmpty)
  }
}

/// A value shared between a test and a thread it starts.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value

  init(_ value: Value) { stored = value }

  var value: Value {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
