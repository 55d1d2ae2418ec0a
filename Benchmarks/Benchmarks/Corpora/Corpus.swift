import Foundation
import GlossCore

/// A benchmark input: the bodies of the real sample articles repeated into one plain-text article
/// of at least a given size, built in memory.
public struct Corpus: Sendable {
  /// The article file's bytes (UTF-8, text layout: headline line, blank line, paragraphs).
  public let data: Data
  /// The name the loader reports the corpus under.
  public let name: String

  /// Builds a corpus of at least `megabytes` × 10⁶ UTF-8 bytes from the repository's samples.
  ///
  /// The corpus opens with the first sample's headline, then appends the sample bodies (each
  /// sample without its headline line) in a fixed order, over and over, separated by blank lines,
  /// until the size is reached. The last body is appended whole, so the corpus is slightly larger.
  public init(megabytes: Int) throws {
    let samples = try SampleArticle.all()
    guard let first = samples.first else {
      throw CorpusError.noSamples(SampleArticle.directory.path)
    }
    let target = megabytes * 1_000_000
    var text = first.headline
    text.reserveCapacity(target + samples.map(\.body.utf8.count).max()! + 2)
    var index = 0
    while text.utf8.count < target {
      text += "\n\n"
      text += samples[index % samples.count].body
      index += 1
    }
    text += "\n"
    self.data = Data(text.utf8)
    self.name = "corpus-\(megabytes)MB.txt"
  }

  /// The size of the corpus in bytes.
  public var byteCount: Int { data.count }

  /// Decodes and parses the corpus with the real loader, as `gloss annotate` does for a `.txt`
  /// file.
  public func load() throws(ArticleLoadError) -> Article {
    try ArticleLoader().load(data, name: name, format: .text).article
  }
}

/// Why a corpus could not be built.
public enum CorpusError: Error, CustomStringConvertible {
  /// The samples folder holds no `.txt` article.
  case noSamples(String)

  public var description: String {
    switch self {
    case .noSamples(let path): "no sample articles (*.txt) in \(path)"
    }
  }
}
