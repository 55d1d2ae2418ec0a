import Foundation
import GlossCore

/// How the reader names where notes are kept: the file (the home directory as `~`) and why it
/// is there.
enum NotesPlace {
  static func describe(_ location: NotesLocation, home: String = NSHomeDirectory()) -> String {
    var path = location.path
    if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { path = "~" + path.dropFirst(home.count) }
    switch location.kind {
    case .chosen: return path
    case .besideArticle: return "\((path as NSString).lastPathComponent) (beside the article)"
    case .dataDirectory: return "\(path) (the article's folder is not writable)"
    case .noFolder: return "\(path) (the article has no folder: kept by its text)"
    }
  }
}
