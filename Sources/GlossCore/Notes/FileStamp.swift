import Foundation

/// What a notes file was when the store last read or wrote it: its modification time, size and
/// content hash. A different stamp now means someone else saved it since.
struct FileStamp: Equatable, Sendable {
  var modified: Date
  var size: Int
  var hash: UInt64

  /// The stamp of the file at `path` holding `data`, read just now (with no modification time
  /// when the system gives none: the size and hash still tell).
  init(path: String, data: Data) {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    modified = attributes?[.modificationDate] as? Date ?? .distantPast
    size = data.count
    hash = ContentHash.of(data)
  }
}
