import ArgumentParser
import Foundation
import GlossCore
import GlossCurses
import GlossUI

/// One article in the reader: what is read before the screen is touched (the article or its
/// preview, the settings, the reader's state), then the screen. `gloss read ARTICLE` and the
/// launch's shortcut for `gloss ARTICLE` (``Launch``) both show an article through it.
struct ArticleReader: Sendable {
  let opened: Opening
  let path: String
  let notes: String?
  let settings: ReaderSettings
  let state: ReaderState
  let environment: [String: String]

  /// `opened`, read from `path`, with the notes file, theme and width the options give (nil:
  /// the defaults and the config file's). Without a terminal on standard output the command
  /// ends with one line and status 1.
  init(_ opened: Opening, path: String, notes: String?, theme: String?, width: Int?) throws {
    guard isatty(STDOUT_FILENO) != 0 else {
      StandardError.writeLine("gloss: the reader needs a terminal; use `gloss annotate` to print annotations")
      throw ExitCode.failure
    }
    self.opened = opened
    self.path = path
    self.notes = notes
    environment = ProcessInfo.processInfo.environment
    settings = ReaderSettings(themeOption: theme, widthOption: width, environment: environment)
    var state = opened.readerState(settings: settings)
    for problem in settings.problems { state.announce(StatusMessage(problem.description, isError: true)) }
    self.state = state
  }

  /// Shows the article until the user quits.
  @MainActor func show() throws {
    try ReadCommand.onScreen(settings) {
      let session = ArticleSession(loading: opened.loading, annotation: opened.annotation) { [path, notes] state in
        NotesKeeper(articlePath: path, chosen: notes, state: &state)
      }
      var app = CursesApp(reader: state, session: session, theme: settings.theme, themes: settings.themes)
      try app.run(environment: environment)
    }
  }
}
