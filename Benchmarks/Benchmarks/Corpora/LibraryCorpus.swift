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
/// The corpus is written once (under the temporary folder unless told where) and reused by later
/// runs.
public struct LibraryCorpus: Sendable {
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
  public let articles: URL
  /// A cache folder for this corpus alone.
  public let cache: URL
  public let count: Int

  /// The corpus of `count` articles in `root` (by default a folder of the temporary folder named
  /// for the count), written now unless an earlier run left it complete.
  public init(count: Int, root: URL? = nil) throws {
    let root =
      root ?? FileManager.default.temporaryDirectory.appendingPathComponent("gloss-library-corpus-v1-\(count)")
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
  public var reader: LibraryReader { LibraryReader(cache: AnnotationCache(directory: cache.path)) }

  /// Annotates every article the cache does not hold yet (all of them, the first time).
  public func warmCache() {
    var library = Library.open([articles.path])
    library.fillFromCache(reader)
    for item in library.items where !item.isAnnotated { _ = try? reader.read(item) }
  }
}
