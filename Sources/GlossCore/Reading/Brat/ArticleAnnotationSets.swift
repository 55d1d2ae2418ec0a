import Foundation

/// An article's automatic annotations and those read from a brat file beside it, if any: what
/// an `AnnotationChoice` chooses from.
public struct ArticleAnnotationSets: Sendable {
  /// What the annotation core found.
  public var automatic: Annotations
  /// What the brat file holds, or nil without one.
  public var file: Annotations?
  /// The brat file's name, for messages.
  public var fileName: String?

  public init(automatic: Annotations, file: Annotations? = nil, fileName: String? = nil) {
    self.automatic = automatic
    self.file = file
    self.fileName = fileName
  }

  /// The choice when none is given: both when there is a file, else the automatic ones.
  public var defaultChoice: AnnotationChoice { file == nil ? .auto : .both }

  /// The annotations `choice` shows; without a file, always the automatic ones.
  public func annotations(_ choice: AnnotationChoice) -> Annotations {
    guard let file else { return automatic }
    switch choice {
    case .auto: return automatic
    case .file: return file
    case .both: return AnnotationMerge.merged(file: file, automatic: automatic)
    }
  }
}

extension ArticleAnnotationSets {
  /// The automatic annotations of `article`, read from `articlePath`, with those of a brat file
  /// beside it (`article.ann`) when there is one, and the brat file's warnings.
  public static func besideArticle(_ articlePath: String, article: Article, automatic: Annotations) -> (
    sets: ArticleAnnotationSets, warnings: [String]
  ) {
    guard let brat = BratCompanion.read(besideArticle: articlePath, article: article) else {
      return (ArticleAnnotationSets(automatic: automatic), [])
    }
    let name = BratCompanion.path(besideArticle: articlePath).map { String(PathName.lastComponent($0)) }
    return (ArticleAnnotationSets(automatic: automatic, file: brat.annotations, fileName: name), brat.warnings)
  }
}
