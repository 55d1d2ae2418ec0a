import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists the article files of a folder for a library: files named `.txt`, `.md`, `.markdown`,
/// `.html`, `.htm` or `.xhtml` (any case), in the folder and its subfolders, in natural order
/// (``NaturalOrder``, by name within each folder, a subfolder's files where its name sorts).
///
/// Hidden files and folders (names starting with `.`) are skipped, and so are other files
/// (notes, brat `.ann` files, images). Symbolic links to files are followed; links to folders
/// are not, so a link cannot make the walk go round in circles.
enum FolderScanner {
  /// The extensions of article files.
  static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xhtml"]

  /// What walking a folder found: the article files, and the folders that could not be read.
  struct Listing {
    var articles: [String] = []
    var unreadable: [String] = []
  }

  /// The article files under `folder`.
  static func scan(_ folder: String) -> Listing {
    var listing = Listing()
    walk(folder, into: &listing)
    return listing
  }

  /// Adds the article files under `folder` to `listing`, each subfolder's where its name sorts.
  static func walk(_ folder: String, into listing: inout Listing) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      listing.unreadable.append(folder)
      return
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names.sorted(by: NaturalOrder.areInOrder) where !name.hasPrefix(".") {
      let path = prefix + name
      switch kind(path) {
      case .folder: walk(path, into: &listing)
      case .file where isArticle(name): listing.articles.append(path)
      default: break
      }
    }
  }

  static func isArticle(_ name: String) -> Bool {
    articleExtensions.contains(PathName.pathExtension(name).lowercased())
  }

  enum Kind { case file, folder, other }

  /// What `path` is: a folder (not through a link), a file (through links), or something else.
  static func kind(_ path: String) -> Kind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .other }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    case S_IFLNK:
      guard stat(path, &status) == 0 else { return .other }
      return status.st_mode & S_IFMT == S_IFREG ? .file : .other
    default: return .other
    }
  }
}
