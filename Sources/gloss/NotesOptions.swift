import ArgumentParser

/// The arguments every `gloss notes` subcommand takes: the article and where its notes are.
struct NotesOptions: ParsableArguments {
  @Argument(help: "The article (.txt, .md, - for standard input, or an http(s) address).")
  var article: String

  @Option(help: "The notes file (default: ARTICLE.notes.json, or one in $XDG_DATA_HOME/gloss/notes/).")
  var notes: String?
}
