import Foundation
import GlossCore

/// The hand-written pages of `HTMLFixtures/` and what the tests read from them.
enum HTMLTestPages {
  /// The path of fixture page `name` (e.g. `"blog.html"`).
  static func path(_ name: String) -> String {
    Fixtures.root.appendingPathComponent("Tests/GlossCoreTests/HTMLFixtures/" + name).path
  }

  /// The page `name` as the loader reads it.
  static func load(_ name: String) throws -> LoadedArticle {
    try ArticleLoader().load(path(name))
  }

  /// The HTML `page`, given as text, as the loader reads a file `page.html` holding it.
  static func read(_ page: String) throws -> LoadedArticle {
    try ArticleLoader().load(Data(page.utf8), name: "page.html", format: .html)
  }

  /// The page's whole extracted text: headline and paragraphs.
  static func text(_ name: String) throws -> String {
    try load(name).article.text
  }
}
