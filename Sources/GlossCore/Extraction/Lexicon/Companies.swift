/// Companies named as the news names them ("Boeing", "Goldman Sachs", "Ford Motor"): those of
/// the stock indices of the public lists (see NOTICE), in a data file read on first use. A single
/// word that is an English word, a person's name or a place is left out ("Ford", "Target").
enum Companies {
  static let table = LexiconTable(resource: "companies.txt")
}
