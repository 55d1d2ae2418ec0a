import Foundation

/// The record that a note was deleted, kept in the file so that a merge with a copy that still
/// holds the note does not bring it back.
public struct NoteTombstone: Hashable, Sendable {
  public var id: String
  public var deleted: Date

  public init(id: String, deleted: Date) {
    self.id = id
    self.deleted = deleted
  }
}
