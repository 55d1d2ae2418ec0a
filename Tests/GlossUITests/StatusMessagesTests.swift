import Testing

@testable import GlossUI

/// The status line's messages: one at a time, those that must be read kept on screen until
/// they have been, none drawn over the rest of the line.
@Suite("Status messages")
struct StatusMessagesTests {
  static let configProblem = StatusMessage("config.toml:3: unknown action \"jump\"", isError: true)
  static let notesPlace = StatusMessage("notes: thaad.txt.notes.json (beside the article)")

  /// A config problem and the notes' place, both said at start, as `gloss` says them.
  func started() throws -> ReaderState {
    var state = try ReaderFixtures.handState()
    state.announce(Self.configProblem)
    state.announce(Self.notesPlace)
    return state
  }

  @Test func startUpMessagesShowOneAfterAnotherAndAKeyCannotSkipThem() throws {
    var state = try started()
    #expect(state.statusLine.contains(Self.configProblem.text))
    state.type("j]")
    #expect(state.message == Self.configProblem)
    state.messages.markRead()
    #expect(state.message == Self.notesPlace)
    state.messages.markRead()
    #expect(state.message == Self.notesPlace)
    state.type("j")
    #expect(state.message == nil)
    #expect(state.statusLine.hasSuffix("? help  q quit "))
  }

  /// A search answered while background news was coming (a long article's notes opening): once
  /// the news has been read, the search's count shows again beside it.
  @Test func aMessageThatHasBeenReadGivesWayToTheSearchCount() throws {
    var state = try ReaderFixtures.handState()
    state.type("/Moon")
    state.press(.enter)
    state.announce(StatusMessage("notes: a-very-long-file-name-for-the-notes-of-this-article.txt.notes.json (beside the article)"))
    #expect(!state.statusLine.contains("/Moon 1/4"))
    state.messages.markRead()
    #expect(state.statusLine.contains("/Moon 1/4"))
    #expect(state.statusLine.contains("notes: a-very"))
  }

  @Test func aKeyPressedBeforeTheLastMessageIsReadTakesItAwayOnceRead() throws {
    var state = try ReaderFixtures.handState()
    state.announce(Self.notesPlace)
    state.type("j")
    #expect(state.message == Self.notesPlace)
    state.messages.markRead()
    #expect(state.message == nil)
  }

  @Test func answersToKeysReplaceEachOtherButWaitBehindWhatMustBeRead() throws {
    var state = try started()
    state.type("ss")
    #expect(state.message == Self.configProblem)
    state.messages.markRead()
    state.messages.markRead()
    #expect(state.message?.text == "highlight no highlight")
    state.type("s")
    #expect(state.message?.text == "highlight by actor")
    state.type("j")
    #expect(state.message == nil)
  }

  @Test func aMessageNeverDrawsOverTheRestOfTheLine() throws {
    for width in [80, 100, 140] {
      var state = try ReaderFixtures.handState(width: width, height: 24)
      state.type("]")
      let segments = StatusLineView(state: state, theme: .builtin).segments.joined(separator: " │ ")
      state.announce(Self.notesPlace)
      let line = state.statusLine
      #expect(line.hasSuffix(" " + Self.notesPlace.text + " "), "at \(width): \(line)")
      let left = String(line.dropLast(Self.notesPlace.text.count + 2)).trimmingCharacters(in: .whitespaces)
      #expect(
        segments.hasPrefix(left) || (left.hasSuffix("…") && segments.hasPrefix(String(left.dropLast()))),
        "at \(width): \(line)")
    }
  }

  @Test func aMessageTooLongForTheLineTakesAllOfIt() throws {
    var state = try ReaderFixtures.handState(width: 30, height: 24)
    state.announce(Self.configProblem)
    #expect(state.statusLine.hasPrefix(" config.toml:3: unknown"))
    #expect(state.statusLine.hasSuffix("…"))
  }

  @Test func theTimerTimesEachMessageFromWhenItFirstShows() {
    var messages = StatusMessages()
    var timer = MessageTimer()
    let start = ContinuousClock.now
    #expect(timer.deadline(for: messages, now: start) == nil)
    messages.post(Self.configProblem, mustBeRead: true)
    messages.post(Self.notesPlace, mustBeRead: true)
    #expect(timer.deadline(for: messages, now: start) == start + StatusMessages.readingTime)
    #expect(timer.deadline(for: messages, now: start + .seconds(1)) == start + StatusMessages.readingTime)
    messages.markRead()
    let later = start + .seconds(3)
    #expect(timer.deadline(for: messages, now: later) == later + StatusMessages.readingTime)
    messages.markRead()
    #expect(timer.deadline(for: messages, now: later) == nil)
  }
}
