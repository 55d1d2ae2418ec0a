import GlossCore
import Testing

@testable import GlossUI

/// An article opened whole shows its text first and its annotations once they are found: the
/// screen it ends on is the one the annotated article opens on, and a brat file's annotations
/// are offered beside the automatic ones.
@Suite("Deferred annotation")
struct DeferredAnnotationTests {
  @Test func theTextShowsFirstAndTheAnnotatedScreenFollows() throws {
    let article = try ReaderFixtures.thaad()
    let annotated = ReaderFixtures.state(article, Annotator().annotate(article))
    var state = ReaderFixtures.state(article)
    state.showLoading(.annotating(0))
    #expect(state.document.quotes.isEmpty)
    #expect(state.statusLine.contains("annotating"))
    let deferred = DeferredAnnotation(article: article, file: ArticleAnnotationSets(automatic: Annotations()), choice: .auto)
    state.showAnnotations(deferred.run(), choice: deferred.choice)
    #expect(state.loading == nil)
    #expect(!state.document.quotes.isEmpty)
    #expect(state.annotationChoice == nil, "no brat file, no choice to offer")
    #expect(state.screen == annotated.screen)
    state.type("]]")
    var keyed = annotated
    keyed.type("]]")
    #expect(state.screen == keyed.screen)
  }

  @Test func aBratFilesAnnotationsAreOfferedBesideTheAutomaticOnes() throws {
    let article = try ReaderFixtures.thaad()
    let automatic = Annotator().annotate(article)
    let file = Annotations(entities: [automatic.entities[0]], quotes: [automatic.quotes[0]])
    var state = ReaderFixtures.state(article)
    let deferred = DeferredAnnotation(
      article: article, file: ArticleAnnotationSets(automatic: Annotations(), file: file), choice: .file)
    state.showAnnotations(deferred.run(), choice: deferred.choice)
    #expect(state.annotationChoice == .file)
    #expect(state.document.quotes.count == 1)
    #expect(state.annotationSets?.automatic.quotes.count == automatic.quotes.count)
  }
}
