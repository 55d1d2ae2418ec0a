/// One pass of the extractors over an article (or one section of a long one, see
/// ``AnnotationRun``), carried out a piece at a time: `advance()` does the next piece of work and
/// says whether any is left.
///
/// The text is read in pieces of `piece` blocks (the headline and paragraphs): each piece is
/// cut into tokens and sentences and scanned for quotation marks, a quote left open at the end
/// of a piece carried into the next; then names are found piece by piece. What needs the whole
/// pass — word classes, grouping names into entities, then speakers, sources, topics and
/// stances — runs once all pieces are read. The result is the same however the blocks are cut
/// into pieces.
struct ArticlePass: Sendable {
  /// What the run does next.
  private enum Stage: Sendable {
    /// Tokenising and scanning, from this unit of the document builder on.
    case reading(next: Int)
    /// Setting word classes on the whole document.
    case classifying
    /// Finding names, from this block on.
    case recognizing(next: Int)
    /// Grouping the names into entities, over the whole article.
    case grouping
    /// Quotes and speakers, sources, topics and stances, over the whole article.
    case finishing(EntityTable)
    case done(Annotations)
  }

  /// How far through its work the run is, from 0 to 1, weighted by the time each stage takes.
  private(set) var fraction = 0.0
  private let piece: Int
  /// The threads the pass may work on side by side: reading, finding names, the words around
  /// each quotation, reported speech and each topic's stances (see ``OrderedWork``). The result
  /// is the same however many.
  private let workers: Int
  private var stage: Stage = .reading(next: 0)
  private var builder: DocumentBuilder
  private var scanner: QuotationScanner
  /// The spans scanned for quotation marks, in block order: paragraphs that are neither the
  /// headline nor publisher text.
  private let quotedBlocks: [Span]
  private var scannedBlocks = 0
  private var document: Document?
  private var candidates: [EntityCandidate] = []
  /// The topics' scores in the sections before this one, asked for once all but the stances is
  /// found (see ``Annotator/finish(_:entities:passages:topicScoresBefore:stancesOn:)``).
  private let topicScoresBefore: @Sendable () -> [AnnotationsJoiner.EntityKey: Double]
  /// The entity whose stances are found in place of the leading topics', if any (see
  /// ``Annotator/stances(of:annotations:on:)``).
  private let stancesOn: AnnotationsJoiner.EntityKey?
  /// The topics' scores in this pass, once it is done.
  private(set) var topicScores: [AnnotationsJoiner.EntityKey: Double] = [:]

  /// The length, in scalars, above which a pass shares its work between the cores by default:
  /// about 25 pages, some milliseconds of work a core; a news article is far shorter.
  static let sideBySideLength = 100_000

  /// The share of the run's time each stage takes, measured on a 20 MB corpus (the rest, about
  /// a fifth, is finishing).
  private static let weights = (reading: 0.30, classifying: 0.05, recognizing: 0.25, grouping: 0.20)

  /// Prepares a run over `article` that reads `piece` blocks at a time (at least one), after
  /// sections whose topics scored `topicScoresBefore`, finding stances on `stancesOn` when set,
  /// on `workers` threads (by default every core for a text longer than ``sideBySideLength``).
  init(
    article: Article, piece: Int, topicScoresBefore: @escaping @Sendable () -> [AnnotationsJoiner.EntityKey: Double] = { [:] },
    stancesOn: AnnotationsJoiner.EntityKey? = nil, workers: Int? = nil
  ) {
    self.piece = max(piece, 1)
    self.workers = workers ?? OrderedWork.workers(forArticleOf: article.length, above: Self.sideBySideLength)
    self.stancesOn = stancesOn
    self.topicScoresBefore = topicScoresBefore
    builder = DocumentBuilder(article: article)
    scanner = QuotationScanner(scalars: article.scalars)
    quotedBlocks = builder.units.filter { !$0.isHeadline && !$0.isBoilerplate }.map(\.span)
  }

  /// The annotations, once the run is done.
  var result: Annotations? {
    if case .done(let annotations) = stage { annotations } else { nil }
  }

  /// Does the next piece of work; false once the run is done (`result` is then set).
  mutating func advance() -> Bool {
    switch stage {
    case .reading(let next):
      let end = next + min(piece, builder.units.count - next)
      builder.append(units: next..<end, workers: workers)
      scanQuotes(throughUnit: end)
      stage = end < builder.units.count ? .reading(next: end) : .classifying
      fraction = Self.weights.reading * Double(end) / Double(max(builder.units.count, 1))
    case .classifying:
      document = builder.finish()
      stage = .recognizing(next: 0)
      fraction = Self.weights.reading + Self.weights.classifying
    case .recognizing(let next):
      guard let document else { preconditionFailure("classified before recognizing") }
      let end = next + min(piece, document.blocks.count - next)
      candidates += EntityRecognizer.candidates(in: document, blocks: next..<end, workers: workers)
      stage = end < document.blocks.count ? .recognizing(next: end) : .grouping
      fraction =
        Self.weights.reading + Self.weights.classifying
        + Self.weights.recognizing * Double(end) / Double(max(document.blocks.count, 1))
    case .grouping:
      guard let document else { preconditionFailure("classified before grouping") }
      // Names listed together are typed alike over the whole pass, lists that run from one
      // block to the next included, however the blocks were cut into pieces or runs.
      CoordinatedNames.typeAlike(&candidates, tokens: document.tokens)
      var grouper = EntityGrouper(document: document)
      stage = .finishing(grouper.group(&candidates))
      fraction = Self.weights.reading + Self.weights.classifying + Self.weights.recognizing + Self.weights.grouping
    case .finishing(let table):
      guard let document else { preconditionFailure("classified before finishing") }
      let (annotations, scores) = Annotator.finish(
        document, entities: table, passages: scanner.passages(), topicScoresBefore: topicScoresBefore,
        stancesOn: stancesOn, workers: workers)
      topicScores = scores
      stage = .done(annotations)
      self.document = nil
      fraction = 1
    case .done:
      return false
    }
    return result == nil
  }

  /// Scans the quoted blocks among the units read so far (`..<unit`), each with the one after
  /// it, which decides whether a quote left open continues.
  private mutating func scanQuotes(throughUnit unit: Int) {
    let readEnd = unit < builder.units.count ? builder.units[unit].span.start : Int.max
    while scannedBlocks < quotedBlocks.count, quotedBlocks[scannedBlocks].start < readEnd {
      let next = scannedBlocks + 1 < quotedBlocks.count ? quotedBlocks[scannedBlocks + 1] : nil
      scanner.scan(quotedBlocks[scannedBlocks], followedBy: next)
      scannedBlocks += 1
    }
  }
}
