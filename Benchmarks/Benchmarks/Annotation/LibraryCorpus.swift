import Foundation
import GlossCore

/// A library of article files for the library benchmarks: the samples over and over, the
/// people in each renamed from lists of given and family names, so that actors differ from
/// article to article and each name recurs in a few dozen of them (as a story's people do).
///
/// Article `n` is `NN/NNNN-SAMPLE.txt` (a hundred folders of a hundred), the `n % 7`th sample
/// with its headline marked `(n)` so that no two files are the same. Every word of a person's
/// name (capitalised, so "Moon" but never "in") becomes the word of the new name in the same
/// place: "Xi Jinping" and "Xi" alone both change, and the article's short forms still match.
/// The corpus is written once under the temporary folder and reused by later runs.
struct LibraryCorpus: Sendable {
  static let givenNames = """
    Alina Bruno Carmen Dario Elena Farid Greta Hamid Irene Jonas Kasia Luca Mirela Nadia Omar
    Paula Quentin Rosa Stefan Tamar Ulla Victor Wanda Xavier Yara Zoran Amara Bilal Chiara Dmitri
    """.split(whereSeparator: \.isWhitespace).map(String.init)
  static let familyNames = """
    Okafor Lindqvist Moreau Tanaka Castillo Novak Haddad Petrov Brennan Oyelaran Sato Ferreira
    Kowalski Demir Larsen Mbeki Quispe Rahman Sorensen Vidal Weiss Yilmaz Zhou Abara Bianchi
    Costa Duarte Eriksen Fontaine Gallo
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  /// The folder of article files.
  let articles: URL
  /// A cache folder for this corpus alone.
  let cache: URL
  let count: Int

  /// The corpus of `count` articles, written now unless an earlier run left it complete.
  init(count: Int) throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-library-corpus-v1-\(count)")
    articles = root.appendingPathComponent("articles")
    cache = root.appendingPathComponent("cache")
    self.count = count
    let complete = root.appendingPathComponent("complete")
    guard !FileManager.default.fileExists(atPath: complete.path) else { return }
    try? FileManager.default.removeItem(at: articles)
    let samples = try SampleArticle.all().map(RenamableSample.init)
    for number in 0..<count {
      let sample = samples[number % samples.count]
      let folder = articles.appendingPathComponent(String(format: "%02d", number / 100))
      if number % 100 == 0 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
      let file = folder.appendingPathComponent(String(format: "%04d-", number) + sample.name + ".txt")
      try Data(sample.text(number: number).utf8).write(to: file)
    }
    try Data().write(to: complete)
  }

  /// The reader the benchmarks use, with the corpus's own cache.
  var reader: LibraryReader { LibraryReader(cache: AnnotationCache(directory: cache.path)) }

  /// Annotates every article the cache does not hold yet (all of them, the first time).
  func warmCache() {
    var library = Library.open([articles.path])
    library.fillFromCache(reader)
    for item in library.items where !item.isAnnotated { _ = try? reader.read(item) }
  }
}

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
