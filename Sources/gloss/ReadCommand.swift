import ArgumentParser
import Foundation
import GlossCore
import GlossCurses
import GlossUI

/// `gloss [read] ARTICLE`: opens the article in the full-screen reader; `gloss [read] DIR`,
/// several files or a feed open the library view over them.
struct ReadCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read", abstract: "Open an article in the reader, or a library of them.",
    discussion: """
      With no argument, the stored news opens as a library (see `gloss feeds`): items of every \
      feed, newest first, unread ones marked •; r marks read or unread, R refreshes every feed \
      in the background. An http(s) address opens that page's article, or a feed's items. \
      A folder, several files or an RSS/Atom feed (.rss, .atom, .xml) open a library: one \
      line per article (headline, source, date, quotes, notes), filled in as the articles are \
      annotated in the background and cached in $XDG_CACHE_HOME/gloss/; s sorts, / filters, \
      Enter opens an article (q comes back), A lists the actors across the articles, and @ in \
      an article shows the selected entity or the current speaker across the library. A text \
      or Markdown file over 1 MB opens at once on its beginning and is annotated in the \
      background. Press ? in the reader for every key. Notes: v selects, a writes a note, h highlights, \
      t tags, S marks a stance, 6 lists them. They are saved at once to ARTICLE.notes.json \
      beside the article, to $XDG_DATA_HOME/gloss/notes/ when its folder is not writable, or \
      to --notes FILE; when that file cannot be written, they stay in memory and :w FILE in \
      the reader saves them elsewhere. Settings (theme, width, keys) are read from \
      $XDG_CONFIG_HOME/gloss/config.toml; user themes from $XDG_CONFIG_HOME/gloss/themes/. \
      NO_COLOR turns colour off. Bad input prints one line on standard error and exits 66 \
      (cannot be read) or 65 (not a text article) before the screen is touched.
      """)

  @Argument(
    help: """
      The article to open (.txt, .md, .html, - for standard input, or an http(s) address); or \
      a folder, several articles, or a feed (a file or an address), to open as a library.
      """)
  var articles: [String] = []

  @Option(
    help: """
      A theme name (default, light, high-contrast, 16-colour, monochrome, or a user theme) \
      or the path of a .toml theme file.
      """)
  var theme: String?

  @Option(help: "The widest the body text may be, in columns (default 80).")
  var width: Int?

  @Option(help: "The notes file (default: ARTICLE.notes.json, or one in $XDG_DATA_HOME/gloss/notes/).")
  var notes: String?

  @Option(
    help: """
      Which annotations to show when ARTICLE.ann (brat) is beside the article: auto, file or \
      both (the default when the file exists); A or :annotations switches in the reader.
      """)
  var annotations: AnnotationChoice?

  @Flag(help: "Read config.toml and the theme, print any problems and exit (78 when there are some).")
  var checkConfig = false

  func validate() throws {
    try WebInput.validateAlone(articles)
    if let width, width < 20 { throw ValidationError("--width must be 20 columns or more") }
    if isLibrary, notes != nil || annotations != nil {
      throw ValidationError("--notes and --annotations apply to one article, not a library")
    }
  }

  /// True when the paths name a library: several of them, a folder or a feed.
  var isLibrary: Bool {
    articles.count > 1 || articles.contains { !WebInput.isAddress($0) && (Library.isFolder($0) || Library.isFeed($0)) }
  }

  func run() async throws {
    if checkConfig {
      let environment = ProcessInfo.processInfo.environment
      return try ConfigCheck.run(settings(environment: environment), environment: environment)
    }
    if articles.isEmpty { return try await runNews() }
    if isLibrary { return try await runLibrary(Library.open(articles), title: libraryTitle) }
    let article = articles[0]
    let opened: Opening
    if WebInput.isAddress(article) {
      switch try WebInput.open(article) {
      case .feed(let library): return try await runLibrary(library, title: article)
      case .article(let loaded): opened = try .whole(loaded, path: article, choice: annotations)
      }
    } else {
      opened = try .file(article, choice: annotations)
    }
    let reader = try ArticleReader(opened, path: article, notes: notes, theme: theme, width: width)
    try await MainActor.run { [reader] in try reader.show() }
  }

  /// Runs `screen` (the reader or the library), on the main actor as curses wants. A terminal
  /// that cannot be used ends the command with one line and status 1; the config's problems,
  /// shown briefly in the status line, are printed again once the screen is gone.
  @MainActor static func onScreen(_ settings: ReaderSettings, _ screen: () throws -> Void) throws {
    do {
      try screen()
    } catch {
      StandardError.writeLine("gloss: \(error)")
      throw ExitCode.failure
    }
    for problem in settings.problems { StandardError.writeLine("gloss: warning: \(problem)") }
  }
}

extension ReadCommand {
  /// The library view over `library`: listed at once (with what the cache already holds), the
  /// rest read in the background.
  func runLibrary(_ library: Library, title: String, news: NewsLibrary? = nil) async throws {
    var library = library
    guard !library.items.isEmpty || news != nil else {
      for problem in library.problems { StandardError.writeLine("gloss: \(problem)") }
      throw ExitCode(66)
    }
    guard isatty(STDOUT_FILENO) != 0 else {
      StandardError.writeLine("gloss: the library needs a terminal; use `gloss annotate` to print annotations")
      throw ExitCode.failure
    }
    let environment = ProcessInfo.processInfo.environment
    let reader = LibraryReader(cache: AnnotationCache(environment: environment))
    library.fillFromCache(reader)
    let settings = settings(environment: environment)
    var state = LibraryState(
      library: library, title: title, width: 80, height: 24, keyMap: settings.keyMap, readMarks: news?.readMarks)
    if let problem = settings.problemMessage { state.message = problem }
    let load = LibraryLoad(items: library.items, reader: reader, environment: environment)
    let hooks = news?.hooks(reader: reader, environment: environment)
    try await MainActor.run { [state] in
      try Self.onScreen(settings) {
        var app = CursesApp(library: state, load: load, theme: settings.theme, themes: settings.themes, news: hooks) { item in
          Result { () throws(LibraryReadError) in
            let (opened, path) = try Opening.libraryItem(item, reader: reader)
            let session = ArticleSession { state in NotesKeeper(articlePath: path, chosen: nil, state: &state) }
            return (opened.readerState(settings: settings), session)
          }
        }
        try app.run(environment: environment)
      }
    }
  }

  /// The theme, width and keys from the options and the config file.
  func settings(environment: [String: String]) -> ReaderSettings {
    ReaderSettings(themeOption: theme, widthOption: width, environment: environment)
  }

  /// How the title bar names the library: the folder or feed, or how many paths.
  var libraryTitle: String {
    articles.count == 1 ? articles[0] : "\(articles.count) paths"
  }
}
