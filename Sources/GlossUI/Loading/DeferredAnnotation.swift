import GlossCore

/// The annotation of an article opened whole, left until the reader's first screen is drawn:
/// the text shows at once, and the annotations (with those of a brat file beside the article,
/// read beforehand so that its problems are told before the screen is touched) come a few
/// milliseconds later, in place of the unannotated document.
public struct DeferredAnnotation: Sendable {
  let article: Article
  /// The brat file's annotations, if any; the automatic ones are still to be found.
  let sets: ArticleAnnotationSets
  /// Which of the sets the reader shows.
  public let choice: AnnotationChoice

  public init(article: Article, file sets: ArticleAnnotationSets, choice: AnnotationChoice) {
    self.article = article
    self.sets = sets
    self.choice = choice
  }

  /// Annotates the article: the sets to choose from, the automatic ones filled in.
  public func run() -> ArticleAnnotationSets {
    var sets = sets
    sets.automatic = Annotator().annotate(article)
    return sets
  }
}
