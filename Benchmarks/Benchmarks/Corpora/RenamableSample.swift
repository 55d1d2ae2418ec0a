import GlossCore

/// A sample split into words and what lies between them, with the words of its people's names
/// numbered, ready to be written with other names.
struct RenamableSample: Sendable {
  /// A short name for file names: the sample's first headline word, lower-cased.
  let name: String
  /// The text in pieces: each a word or the characters between two words.
  let pieces: [String]
  /// For each piece that is a word of a person's name, the person's number and the word's
  /// place in the name (0 first, 1 last, 2 between).
  let nameWords: [Int: (person: Int, place: Int)]

  init(_ sample: SampleArticle) {
    let text = sample.headline + "\n\n" + sample.body + "\n"
    name = sample.headline.split(separator: " ").first.map { $0.lowercased().filter(\.isLetter) } ?? "article"
    let article = ArticleReader.read(text, format: .text)
    var placeOfWord: [String: (person: Int, place: Int)] = [:]
    let people = Annotator().annotate(article).entities.filter { $0.type == .person }
    for (person, entity) in people.enumerated() {
      let words = entity.name.split(separator: " ").map(String.init)
      for (index, word) in words.enumerated() where placeOfWord[word] == nil {
        placeOfWord[word] = (person, index == 0 ? 0 : index == words.count - 1 ? 1 : 2)
      }
    }
    var pieces: [String] = []
    var current = ""
    var inWord = false
    for character in text {
      let isWordCharacter = character.isLetter || character.isNumber || character == "-"
      if isWordCharacter != inWord, !current.isEmpty {
        pieces.append(current)
        current = ""
      }
      inWord = isWordCharacter
      current.append(character)
    }
    pieces.append(current)
    self.pieces = pieces
    var nameWords: [Int: (person: Int, place: Int)] = [:]
    for (index, piece) in pieces.enumerated() where piece.first?.isUppercase == true {
      if let place = placeOfWord[piece] { nameWords[index] = place }
    }
    self.nameWords = nameWords
  }

  /// The text of article `number`: its people renamed, its headline marked with the number.
  func text(number: Int) -> String {
    var output = ""
    var headlineEnded = false
    for (index, piece) in pieces.enumerated() {
      if !headlineEnded, piece.contains("\n") {
        output += " (\(number))"
        headlineEnded = true
      }
      guard let (person, place) = nameWords[index] else {
        output += piece
        continue
      }
      let choice = (number &* 31 &+ person &* 7_919) % (LibraryCorpus.givenNames.count * LibraryCorpus.familyNames.count)
      let given = LibraryCorpus.givenNames[choice % LibraryCorpus.givenNames.count]
      let family = LibraryCorpus.familyNames[choice / LibraryCorpus.givenNames.count]
      output += place == 1 ? family : place == 0 ? given : String(given.prefix(1)) + "."
    }
    return output
  }
}
