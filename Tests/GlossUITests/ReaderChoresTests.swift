import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// A long article's work done in the background: the body wrapped again when the terminal is
/// resized (the old lines stay until the new ones come, the text at the top stays there, a wrap
/// no longer wanted is dropped) and the whole text searched on Enter (the matches found while
/// typing stay meanwhile).
@Suite("Work in the background")
struct ReaderChoresTests {
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

  /// The state asks for the chores as effects; they run on threads of their own, wake the loop,
  /// and their results come back as events, until the state waits for nothing.
  @Test func theChoresRunOnThreadsAndTheirResultsComeBackAsEvents() throws {
    var reader = try LongSearchTests.longState()
    reader.backgroundWrapLength = 1
    var app = AppState(reader: reader)
    let chores = ReaderChores()
    #expect(chores.wakeDescriptors.allSatisfy { $0 == nil }, "nothing under way")
    var effects = app.update(.input(.resize(width: 90, height: 30)))
    for character in "/lee hae-chan" { effects += app.update(.input(.key(.character(character)))) }
    effects += app.update(.input(.key(.enter)))
    let wanted = (body: try #require(app.reader?.wantedBody), search: try #require(app.reader?.wantedSearch))
    #expect(effects.contains(.wrapBody(wanted.body)))
    #expect(effects.contains(.searchWholeText(wanted.search)))
    var waited = 0
    while app.reader?.wantedBody != nil || app.reader?.wantedSearch != nil, waited < 200 {
      for effect in effects {
        switch effect {
        case .wrapBody(let shape): chores.wrap(shape, of: app.reader!.document)
        case .searchWholeText(let search): chores.search(search, in: app.reader!.document)
        default: break
        }
      }
      var descriptors = chores.wakeDescriptors.compactMap { $0 }.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      _ = poll(&descriptors, nfds_t(descriptors.count), 50)
      let done = chores.take()
      effects = done.isEmpty ? [] : app.update(.chores(done))
      waited += 1
    }
    let state = try #require(app.reader)
    #expect(state.body.width == wanted.body.width)
    #expect(state.body.rows == BodyLayout(document: state.document, width: wanted.body.width, expanded: false).rows)
    #expect(state.search.matches.count == 250 && !state.search.isPartial)
    #expect(state.search.query == wanted.search.query)
    #expect(chores.wakeDescriptors.allSatisfy { $0 == nil }, "nothing left under way")
  }

  /// A wrap for an earlier width arrives: the state drops it and asks again for the one it wants.
  @Test func aResultForAnEarlierRequestLeadsToTheWantedOneAskedAgain() throws {
    var app = AppState(reader: try state())
    _ = app.update(.input(.resize(width: 90, height: 30)))
    let later = app.update(.input(.resize(width: 70, height: 30)))
    let wanted = try #require(app.reader?.wantedBody)
    #expect(later == [.wrapBody(wanted)])
    let document = try #require(app.reader?.document)
    let stale = BodyLayout(document: document, width: 51, expanded: false)
    #expect(app.update(.chores([.wrapped(stale, length: document.article.length)])) == [.wrapBody(wanted)])
    #expect(app.update(.input(.key(.character("j")))) == [], "asked once, not on every key")
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
