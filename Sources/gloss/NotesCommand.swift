import ArgumentParser

/// `gloss notes`: lists, exports and adds notes on an article without opening the reader.
struct NotesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notes",
    abstract: "List, export or add notes on an article.",
    discussion: """
      Notes are kept in ARTICLE.notes.json beside the article, or in \
      $XDG_DATA_HOME/gloss/notes/ when the article's directory is not writable; --notes FILE \
      chooses the file. See docs/notes.md.

      Bad input prints one line on standard error and exits 66 (the article cannot be read), \
      65 (not a text article, notes that cannot be read, a quote not in the article), 73 \
      (notes that cannot be saved) or 75 (another program kept the notes locked for 5 seconds).
      """,
    subcommands: [NotesListCommand.self, NotesExportCommand.self, NotesAddCommand.self])
}
