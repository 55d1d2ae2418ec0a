import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// A long article's body is wrapped again in the background when the terminal is resized: the
/// old lines stay until the new ones come, the text at the top stays there, and a wrap that is
/// no longer wanted is dropped.
@Suite("Background wrap")
struct BackgroundWrapTests {
  /// The THAAD sample on a 120×40 screen (text 80 wide), wrapped in the background at any length.
  func state() throws -> ReaderState {
    let article = try ReaderFixtures.thaad()
    var state = ReaderFixtures.state(article, Annotator().annotate(article))
    state.backgroundWrapLength = 1
    return state
  }

  @Test func aResizeKeepsTheOldLinesUntilTheNewOnesCome() throws {
    var state = try state()
    state.bodyTop = 20
    let anchor = state.body.rows[20].span.start
    _ = state.update(.resize(width: 90, height: 30))
    #expect(state.wantedBody == BodyShape(width: 51, expanded: false))
    #expect(state.body.width == 80, "the old lines stay")
    let wrapped = BodyLayout(document: state.document, width: 51, expanded: false)
    state.showWrapped(wrapped, ofLength: state.document.article.length)
    #expect(state.wantedBody == nil)
    #expect(state.body.width == 51)
    #expect(state.bodyTop == wrapped.row(containing: anchor), "the text at the top stays at the top")
    #expect(state.body.rows == wrapped.rows)
  }

  @Test func aWrapNoLongerWantedIsDropped() throws {
    var state = try state()
    _ = state.update(.resize(width: 90, height: 30))
    _ = state.update(.resize(width: 70, height: 30))
    let wanted = try #require(state.wantedBody)
    #expect(wanted.width != 51)
    state.showWrapped(BodyLayout(document: state.document, width: 51, expanded: false), ofLength: state.document.article.length)
    #expect(state.body.width == 80, "the wrap for the earlier width is dropped")
    #expect(state.wantedBody == wanted)
    state.showWrapped(BodyLayout(document: state.document, width: wanted.width, expanded: false), ofLength: 10)
    #expect(state.body.width == 80, "a wrap of another article's text is dropped")
    _ = state.update(.resize(width: 120, height: 40))
    #expect(state.wantedBody == nil, "back at the width of the lines shown, nothing is wanted")
  }

  @Test func aShortArticleIsWrappedAtOnce() throws {
    var state = try state()
    state.backgroundWrapLength = AnnotationRun.section
    _ = state.update(.resize(width: 90, height: 30))
    #expect(state.wantedBody == nil)
    #expect(state.body.width == 51)
  }

  @Test func theWrapRunsOnAThreadAndWakesTheLoop() throws {
    let state = try state()
    let wrapping = BackgroundWrap()
    #expect(wrapping.wakeDescriptor == nil)
    wrapping.start(state.document, shape: BodyShape(width: 51, expanded: true))
    wrapping.start(state.document, shape: BodyShape(width: 40, expanded: false))
    #expect(wrapping.underWay == BodyShape(width: 51, expanded: true), "one wrap at a time")
    var descriptor = pollfd(fd: try #require(wrapping.wakeDescriptor), events: Int16(POLLIN), revents: 0)
    #expect(poll(&descriptor, 1, 10_000) == 1)
    let (layout, length) = try #require(wrapping.take())
    #expect(layout.width == 51 && layout.isExpanded)
    #expect(layout.rows == BodyLayout(document: state.document, width: 51, expanded: true).rows)
    #expect(length == state.document.article.length)
    #expect(wrapping.underWay == nil && wrapping.wakeDescriptor == nil)
  }

  /// The whole text of a long article arriving wrapped at a width the reader no longer has (it
  /// was resized meanwhile) is shown at once and wrapped again in the background.
  @Test func theWholeTextWrappedAtAnEarlierWidthIsShownAndWrappedAgain() throws {
    var state = try state()
    state.showLoading(.reading)
    let document = ReaderDocument(article: state.document.article, annotations: Annotations())
    state.showWholeText(document, body: BodyLayout(document: document, width: 60, expanded: false))
    #expect(state.body.width == 60, "the text comes at once, at the width it was wrapped at")
    #expect(state.wantedBody == BodyShape(width: 80, expanded: false))
  }
}
