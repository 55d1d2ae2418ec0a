import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// `T` in the stances pane: a chooser of topics (the article's, then its other entities by
/// mentions), Enter asking the core for the stances on the one picked in the background, and
/// the pane showing them, named for their topic, when they come.
@Suite("Topic chooser")
struct TopicChooserTests {
  /// The THAAD sample with the hand-made annotations, THAAD its topic, on a 200×60 screen.
  static func app() throws -> AppState {
    let article = try ReaderFixtures.thaad()
    var annotations = ReaderFixtures.handAnnotations(for: article)
    annotations.topics = [Topic(name: "THAAD", entity: "thaad")]
    return AppState(reader: ReaderFixtures.state(article, annotations, width: 200, height: 60))
  }

  /// Types `keys` into `app`, returning every effect.
  static func type(_ keys: String, into app: inout AppState) -> [AppEffect] {
    keys.flatMap { app.update(.input(.key(.character($0)))) }
  }

  @Test func theKeyIsBoundAndListedInTheHelp() {
    #expect(KeyMap.standard.action(for: .character("T")) == .chooseTopic)
    #expect(HelpView.lines(.standard).contains { $0.hasPrefix("T ") && $0.contains("stances on another topic") })
  }

  @Test func theChooserListsTopicsFirstThenEntitiesByMentionsButNotMereSpeakers() throws {
    var app = try Self.app()
    _ = Self.type("5T", into: &app)
    guard case .topics(let chooser) = app.reader?.overlay else {
      Issue.record("no chooser")
      return
    }
    #expect(chooser.candidates.map(\.name) == ["THAAD", "Xi Jinping", "Moon Jae-in", "CNN", "South Korea", "China", "Reuters"])
    #expect(chooser.selected == 0, "on the topic the pane shows")
    let screen = try #require(app.reader?.screen)
    #expect(screen.contains { $0.contains("Stances on — Enter picks, Esc closes") })
    #expect(screen.contains { $0.contains("│›THAAD  (topic, 2)") })
    #expect(screen.contains { $0.contains("│ South Korea  (2)") })
  }

  /// A topic named by a common noun ("the deployment") has no entity: the chooser lists it
  /// among the topics, with no count of mentions, and asks for it by name.
  @Test func aPhraseTopicIsListedAndAskedForByName() throws {
    let article = try ReaderFixtures.thaad()
    var annotations = ReaderFixtures.handAnnotations(for: article)
    annotations.topics = [Topic(name: "THAAD", entity: "thaad"), Topic(name: "the deployment")]
    var app = AppState(reader: ReaderFixtures.state(article, annotations, width: 200, height: 60))
    _ = Self.type("5Tj", into: &app)
    guard case .topics(let chooser) = app.reader?.overlay else {
      Issue.record("no chooser")
      return
    }
    #expect(chooser.topicCount == 2)
    #expect(chooser.candidates.prefix(2).map(\.name) == ["THAAD", "the deployment"])
    #expect(try #require(app.reader?.screen).contains { $0.contains("│›the deployment  (topic)") })
    let effects = app.update(.input(.key(.enter)))
    #expect(effects == [.findStances(StanceRequest(topic: Topic(name: "the deployment")))])
  }

  @Test func escCancelsWithNothingAskedFor() throws {
    var app = try Self.app()
    let effects = Self.type("5Tj", into: &app) + app.update(.input(.key(.escape)))
    #expect(app.reader?.overlay == Overlay.none)
    #expect(app.reader?.wantedStances == nil)
    #expect(!effects.contains { if case .findStances = $0 { true } else { false } })
  }

  /// The whole way: key, chooser, pick, effect, the core's answer on a thread, the result event,
  /// and the pane on screen.
  @Test func pickingATopicFindsItsStancesInTheBackgroundAndThePaneShowsThem() throws {
    var app = try Self.app()
    _ = Self.type("5Tjjjj", into: &app)
    let effects = app.update(.input(.key(.enter)))
    let request = StanceRequest(topic: Topic(name: "South Korea", entity: "korea"))
    #expect(effects == [.findStances(request)])
    #expect(app.reader?.overlay == Overlay.none)
    #expect(app.reader?.wantedStances == request)
    #expect(app.update(.input(.key(.character("j")))) == [], "asked once, not on every key")
    #expect(app.reader?.rows(.stances).count == 3, "the old stances stay meanwhile")

    let chores = ReaderChores()
    chores.findStances(request, in: try #require(app.reader?.document))
    var news: [ReaderChores.News] = []
    for _ in 0..<400 where news.isEmpty {
      var descriptors = chores.wakeDescriptors.compactMap { $0 }.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      _ = poll(&descriptors, nfds_t(descriptors.count), 50)
      news = chores.take()
    }
    guard case .stances(let answered, let found) = try #require(news.first) else {
      Issue.record("no stances came back")
      return
    }
    #expect(answered == request)
    let article = try ReaderFixtures.thaad()
    let expected = Annotator().stances(of: article, annotations: try #require(app.reader?.document.annotations), on: request.topic)
    #expect(found == expected)
    #expect(app.update(.chores(news)) == [])
    let state = try #require(app.reader)
    #expect(state.wantedStances == nil)
    #expect(state.stanceTopic == "South Korea")
    #expect(state.document.annotations.stances == found)
    #expect(state.screen.contains { $0.contains("5 Stances (\(found.count)) on South Korea") })
  }

  @Test func thePaneShowsTheStancesOnThePickedTopic() throws {
    var app = try Self.app()
    _ = Self.type("5Tjjjj", into: &app)
    _ = app.update(.input(.key(.enter)))
    let request = StanceRequest(topic: Topic(name: "South Korea", entity: "korea"))
    let article = try ReaderFixtures.thaad()
    let evidence = ReaderFixtures.span("Moon called for the deployment of THAAD to be halted", in: article)
    let stance = Stance(actor: "moon", name: "Moon Jae-in", target: "South Korea", polarity: .support, evidence: [evidence])
    _ = app.update(.chores([.stances(request, [stance])]))
    var state = try #require(app.reader)
    let lines = state.screen
    let header = try #require(lines.firstIndex { $0.contains("5 Stances (1) on South Korea") })
    #expect(lines[header + 1].contains("▲ support  Moon Jae-in on South Korea"))
    #expect(!lines.contains { $0.contains("China on THAAD") }, "the stances on THAAD are gone")
    #expect(state.message?.text == "1 stance on South Korea")
    state.press(.enter)
    #expect(state.jumpedTo == evidence, "Enter goes to the new stance's evidence")
  }

  @Test func aTopicWithNoStancesSaysSo() throws {
    var app = try Self.app()
    _ = Self.type("5Tjjjjjj", into: &app)
    _ = app.update(.input(.key(.enter)))
    let request = StanceRequest(topic: Topic(name: "Reuters", entity: "reuters"))
    #expect(app.reader?.wantedStances == request)
    _ = app.update(.chores([.stances(request, [])]))
    let state = try #require(app.reader)
    #expect(state.message?.text == "No stances on Reuters")
    #expect(state.statusLine.contains("No stances on Reuters"))
    #expect(state.screen.contains { $0.contains("5 Stances (0) on Reuters") })
  }

  @Test func anAnswerNoLongerWantedIsDropped() throws {
    var app = try Self.app()
    _ = app.update(.chores([.stances(StanceRequest(topic: Topic(name: "China", entity: "china")), [])]))
    #expect(app.reader?.stanceTopic == nil)
    #expect(app.reader?.rows(.stances).count == 3)
  }
}
