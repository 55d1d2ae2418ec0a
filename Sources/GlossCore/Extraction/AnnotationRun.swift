/// One annotation of an article, carried out a piece at a time: `advance()` does the next
/// piece of work and says whether any is left, so that a caller can show progress, show the
/// annotations found so far, and stop between pieces, on a long article.
///
/// An article longer than `section` scalars is cut between paragraphs into sections of about
/// that length (``Article/sections(upTo:)``), annotated one after another, each on its own
/// (``ArticlePass``), and their annotations joined (``AnnotationsJoiner``): the tokens and the
/// other working data of one section at a time are all that is held, so memory grows with the
/// text and the results, not with the working data of the whole text. Names are merged across
/// sections by their full name, and a person's short form joins the person of an earlier section.
/// A shorter article is one section. The result is the same however the pieces are cut;
/// ``Annotator`` is a run in one piece, with the sections of a long article side by side
/// (``SectionsSideBySide``).
public struct AnnotationRun: Sendable {
  /// The length of a section, in scalars: about 1 MB of news text (a 300-page report is one
  /// section), annotated in 75 ms with a working set of about 15 MB.
  public static let section = 1_000_000

  /// How far through its work the run is, from 0 to 1.
  public private(set) var fraction = 0.0
  /// The annotations, once the run is done.
  public private(set) var result: Annotations?
  private let piece: Int
  private let sections: [Article]
  /// The section being annotated, and its pass.
  private var current = 0
  private var pass: ArticlePass
  private var joiner = AnnotationsJoiner()
  /// The scalars of the sections done, and of all of them.
  private var done = 0
  private let total: Int
  /// The entity whose stances are found in place of the leading topics', if any.
  private let stancesOn: AnnotationsJoiner.EntityKey?
  /// The threads each section's pass may take (nil: its own default, ``ArticlePass``).
  private let workers: Int?

  /// Prepares a run over `article` that reads `piece` blocks at a time (at least one), in
  /// sections of `section` scalars; with `stancesOn`, the stances found are those on that entity;
  /// each section's pass on `workers` threads (by default every core for a long one).
  init(
    article: Article, piece: Int = 2_000, section: Int = section, stancesOn: AnnotationsJoiner.EntityKey?,
    workers: Int? = nil
  ) {
    self.piece = piece
    self.stancesOn = stancesOn
    self.workers = workers
    sections = article.sections(upTo: section)
    pass = ArticlePass(article: sections[0], piece: piece, stancesOn: stancesOn, workers: workers)
    total = sections.reduce(0) { $0 + Self.length(of: $1) }
  }

  /// Prepares a run over `article` that reads `piece` blocks at a time (at least one), in
  /// sections of `section` scalars.
  public init(article: Article, piece: Int = 2_000, section: Int = section) {
    self.init(article: article, piece: piece, section: section, stancesOn: nil)
  }

  /// The number of sections done.
  public var sectionsDone: Int { result == nil ? current : sections.count }

  /// The annotations of the sections done so far, while a long article is annotated: nil until
  /// the first section is done, and once the run is done (`result` is then set).
  public var annotationsSoFar: Annotations? { current > 0 && result == nil ? joiner.result : nil }

  /// Does the next piece of work; false once the run is done (`result` is then set).
  public mutating func advance() -> Bool {
    guard result == nil else { return false }
    if pass.advance() {
      fraction = (Double(done) + pass.fraction * Double(Self.length(of: sections[current]))) / Double(total)
      return true
    }
    guard let annotations = pass.result else { preconditionFailure("a finished pass has a result") }
    if sections.count == 1 {
      result = annotations
      fraction = 1
      return false
    }
    joiner.add(annotations, topicScores: pass.topicScores)
    done += Self.length(of: sections[current])
    current += 1
    fraction = Double(done) / Double(total)
    guard current < sections.count else {
      result = joiner.result
      return false
    }
    pass = ArticlePass(
      article: sections[current], piece: piece, topicScoresBefore: { [scores = joiner.topicScores] in scores },
      stancesOn: stancesOn, workers: workers)
    return true
  }

  /// The scalars a section's paragraphs cover (at least one).
  private static func length(of section: Article) -> Int {
    let start = section.paragraphs.first?.span.start ?? 0
    return max((section.paragraphs.last?.span.end ?? 0) - start, 1)
  }
}
