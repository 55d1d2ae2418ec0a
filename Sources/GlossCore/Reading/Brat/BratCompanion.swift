import Foundation

/// The brat file beside an article: `article.ann` next to `article.txt` (or `.md`, `.html`).
public enum BratCompanion {
  /// The path of the `.ann` file with the article's base name, or nil for standard input.
  public static func path(besideArticle article: String) -> String? {
    guard article != "-" else { return nil }
    return PathName.replacingExtension(of: article, with: "ann")
  }

  /// Reads the brat file beside `articlePath` for `article`, or nil when there is none (or it
  /// cannot be read). Invalid UTF-8 is read as U+FFFD.
  public static func read(besideArticle articlePath: String, article: Article) -> BratImport? {
    // Most articles have none: `access` says so without the error Foundation would make.
    guard let path = path(besideArticle: articlePath), access(path, R_OK) == 0,
      let data = FileManager.default.contents(atPath: path)
    else { return nil }
    let name = String(PathName.lastComponent(path))
    return BratReader().read(String(decoding: data, as: UTF8.self), for: article, name: name)
  }
}
