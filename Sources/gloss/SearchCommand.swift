import ArgumentParser
import GlossCore
import GlossNews

/// `gloss search QUERY`: the stored articles holding every word of the query.
struct SearchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Search the text of every stored news article.",
    discussion: "Prints one hit a line: feed, title, date and the passage, the words found in [brackets].")

  @Argument(help: "The words to find (each a word's beginning; case and accents ignored).")
  var query: [String]

  @Option(help: "The most hits printed.")
  var limit = 20

  func run() async throws {
    let store = try NewsInput.store()
    let hits = try NewsInput.run { () throws(NewsStoreError) in try store.search(query.joined(separator: " "), limit: limit) }
    guard !hits.isEmpty else {
      StandardError.writeLine("gloss: no stored article holds \(query.joined(separator: " "))")
      throw ExitCode(1)
    }
    for hit in hits {
      print([hit.feed, hit.title, hit.published ?? "-", hit.passage].map(VisibleText.line).joined(separator: "\t"))
    }
  }
}
