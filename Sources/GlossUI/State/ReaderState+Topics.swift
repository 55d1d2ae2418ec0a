import GlossCore

/// `T`: the stances pane on another topic. The chooser lists the article's topics and its other
/// entities; Enter asks for the stances on the one selected, which the core finds in the
/// background (``AppEffect/findStances(_:)``), and the pane shows them when they come.
extension ReaderState {
  /// Opens the topic chooser on the topic the pane shows, or says there is nothing to choose.
  mutating func chooseTopic() {
    let chooser = TopicChooser(annotations: document.annotations, current: stanceTopic ?? document.annotations.topics.first?.name)
    guard !chooser.candidates.isEmpty else {
      say(StatusMessage("No topics or entities to find stances on", isError: true))
      return
    }
    overlay = .topics(chooser)
  }

  /// A key in the topic chooser: moves the selection, picks the selected topic, or closes.
  mutating func handleTopics(_ key: Key, in chooser: TopicChooser) {
    let action = keyMap.action(for: key)
    if let moved = ListChoice.move(chooser.selected, by: action, count: chooser.candidates.count, page: layout.height / 2) {
      var chooser = chooser
      chooser.selected = moved
      overlay = .topics(chooser)
      return
    }
    switch action {
    case .activate:
      overlay = .none
      let topic = chooser.candidates[chooser.selected]
      wantedStances = StanceRequest(topic: topic.topic)
      focus(on: .stances)
      say(StatusMessage("Finding stances on \(topic.name)…"))
    case .close, .quit, .chooseTopic: overlay = .none
    default: break
    }
  }

  /// Takes `stances`, found for `request`, if it is the request the reader waits for: the
  /// stances pane shows them, named for their topic, and the body's stance highlighting follows.
  public mutating func showStances(_ stances: [Stance], for request: StanceRequest) {
    guard wantedStances == request else { return }
    wantedStances = nil
    var annotations = document.annotations
    annotations.stances = stances
    document = ReaderDocument(article: document.article, annotations: annotations)
    notes.useAnnotations(of: document)
    stanceTopic = request.name
    lists[.stances] = nil
    nextJump = nextJump.filter { if case .stance = $0.key { false } else { true } }
    if stances.isEmpty {
      announce(StatusMessage("No stances on \(request.name)"))
    } else {
      announce(StatusMessage("\(stances.count) stance\(stances.count == 1 ? "" : "s") on \(request.name)"))
    }
  }
}
