import ArgumentParser
import Foundation
import GlossCore
import GlossUI

/// What the reader opens with: a short article loaded whole, to be annotated once its first
/// screen is drawn, or the preview of a long one with the background load that will replace it;
/// or a library's article with its annotations.
struct Opening: Sendable {
  let document: ReaderDocument
  /// The annotation sets to choose from; nil until the article is annotated.
  let sets: ArticleAnnotationSets?
  let choice: AnnotationChoice
  let links: [ArticleLink]
  let loading: BackgroundLoad?
  /// The annotation of a short article, left until its first screen is drawn.
  var annotation: DeferredAnnotation? = nil

  /// The article at `path` loaded now, and annotated once its first screen is drawn; bad input
  /// ends the command with its one-line message before the screen is touched.
  static func whole(path: String, choice: AnnotationChoice?) throws -> Opening {
    try whole(ArticleInput.loaded(path), path: path, choice: choice)
  }

  /// The article file at `path`: the preview of a long one and its background load, else the
  /// whole article.
  static func file(_ path: String, choice: AnnotationChoice?) throws -> Opening {
    if let preview = ArticlePreview.load(path) { return try .preview(preview, path: path, choice: choice) }
    return try .whole(path: path, choice: choice)
  }

  /// `loaded`, read from `path`; the brat file beside it is read now, so that its problems end
  /// the command (or are told) before the screen is touched.
  static func whole(_ loaded: LoadedArticle, path: String, choice: AnnotationChoice?) throws -> Opening {
    let file = ArticleInput.annotationSets(path, article: loaded.article, automatic: Annotations())
    try ArticleInput.check(choice, file, path: path)
    let choice = choice ?? file.defaultChoice
    return Opening(
      document: ReaderDocument(article: loaded.article, annotations: Annotations()), sets: nil, choice: choice,
      links: loaded.links, loading: nil,
      annotation: DeferredAnnotation(article: loaded.article, file: file, choice: choice))
  }

  /// The `preview` of the long article at `path`, without annotations, and its background load.
  static func preview(_ preview: LoadedArticle, path: String, choice: AnnotationChoice?) throws -> Opening {
    if let choice, choice != .auto, let ann = BratCompanion.path(besideArticle: path),
      !FileManager.default.fileExists(atPath: ann)
    {
      try ArticleInput.check(choice, ArticleAnnotationSets(automatic: Annotations()), path: path)
    }
    return Opening(
      document: ReaderDocument(article: preview.article, annotations: Annotations()), sets: nil,
      choice: choice ?? .auto, links: preview.links, loading: BackgroundLoad(path: path, preview: preview.article, choice: choice))
  }
}

extension Opening {
  /// The reader's state for the opened article, with the width and keys of `settings`: the
  /// annotations to choose from, the links, and the stage of the load or annotation to come.
  func readerState(settings: ReaderSettings) -> ReaderState {
    var state = ReaderState(
      document: document, width: 80, height: 24, preferredTextWidth: settings.width, keyMap: settings.keyMap)
    if let sets { state.offerAnnotations(sets, showing: choice) }
    state.offerLinks(links)
    if loading != nil { state.showLoading(.reading) }
    if annotation != nil { state.showLoading(.annotating(0)) }
    return state
  }

  /// A library item's article as `reader` reads it (from the annotation cache when it holds
  /// it), with a brat file's annotations when one is beside the article file.
  static func libraryItem(_ item: LibraryItem, reader: LibraryReader) throws(LibraryReadError) -> (Opening, path: String) {
    let read = try reader.read(item)
    let article = read.loaded.article
    let sets =
      read.path.map { ArticleAnnotationSets.besideArticle($0, article: article, automatic: read.annotations).0 }
      ?? ArticleAnnotationSets(automatic: read.annotations)
    let choice = sets.defaultChoice
    let opening = Opening(
      document: ReaderDocument(article: article, annotations: sets.annotations(choice)), sets: sets, choice: choice,
      links: read.loaded.links, loading: nil)
    return (opening, item.notesPath(articlePath: read.path))
  }
}
