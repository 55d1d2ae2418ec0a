import Foundation

extension AtomicFile {
  /// Removes the temporary files that saves of the file at `path` left behind when they were
  /// killed between making the file and renaming it: names of the form `.NAME.tmp-UUID`
  /// (``replace(_:with:durably:write:)``'s own, nothing else) last modified before `time`.
  ///
  /// Call it only while holding the file's ``FileLock``, taken at `time`. Every save of the file
  /// makes its temporary file and renames or removes it while holding that lock, so one made
  /// before the lock was taken belongs to no save still running: its writer died. The time
  /// guards against a save by a Gloss that does not lock (an older version), whose file is newer.
  static func removeLeftovers(of path: String, before time: Date) {
    let directory = PathName.directory(path)
    let prefix = "." + PathName.lastComponent(path) + temporaryMark
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in names where name.hasPrefix(prefix) && UUID(uuidString: String(name.dropFirst(prefix.count))) != nil {
      let leftover = directory + "/" + name
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: leftover),
        attributes[.type] as? FileAttributeType == .typeRegular,
        let modified = attributes[.modificationDate] as? Date, modified < time
      else { continue }
      try? FileManager.default.removeItem(atPath: leftover)
    }
  }
}
