import Foundation
import GlossCore

extension NotesLocation {
  /// How the reader names where notes are kept: the file (the home directory as `~`) and why
  /// it is there.
  func label(home: String = NSHomeDirectory()) -> String {
    var path = self.path
    if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { path = "~" + path.dropFirst(home.count) }
    switch kind {
    case .chosen: return path
    case .besideArticle: return "\((path as NSString).lastPathComponent) (beside the article)"
    case .dataDirectory: return "\(path) (the article's folder is not writable)"
    case .noFolder: return "\(path) (the article has no folder: kept by its text)"
    }
  }
}
