/// How a quote is given in the text.
public enum QuoteKind: String, CaseIterable, Sendable {
  /// A sentence or more in quotation marks.
  case direct
  /// A quoted phrase inside the writer's own sentence.
  case partial
  /// A passage quoted from another outlet, possibly over several paragraphs.
  case block
  /// Reported speech without quotation marks ("X said that …", "according to X, …").
  case indirect
}

/// How sure the annotator is of a quote's speaker, from how it found them (see
/// docs/annotation.md, "Confidence").
public enum AttributionConfidence: String, CaseIterable, Sendable {
  /// A reporting verb or a signature names the speaker next to the quote ("…,” said Ana Lind").
  case high
  /// Found by a pronoun, a role without a name, or the subject of the quote's clause.
  case medium
  /// Carried over from an earlier quote or sentence, with nothing next to this quote naming them.
  case low
}

/// Who a quote is attributed to: the mention in the text and the entity it resolves to.
public struct SpeakerRef: Hashable, Sendable {
  /// The id of the resolved entity, or nil for a speaker the article does not name ("one poster").
  public var entity: String?
  /// The resolved name ("Tong Zhao" for a mention "he").
  public var name: String
  /// The mention itself: a name, a role or a pronoun.
  public var span: Span
  /// How sure the attribution is; nil where no annotator guessed it (a brat file's `Source`).
  public var confidence: AttributionConfidence?
  /// True for a speaker only carried over from an earlier quote: what readers mark as guessed.
  public var isGuessed: Bool { confidence == .low }

  public init(entity: String?, name: String, span: Span, confidence: AttributionConfidence? = nil) {
    self.entity = entity
    self.name = name
    self.span = span
    self.confidence = confidence
  }
}

/// The reporting expression that attributes a quote ("said", "told", "according to").
public struct Cue: Hashable, Sendable {
  public var span: Span
  public var text: String

  public init(span: Span, text: String) {
    self.span = span
    self.text = text
  }
}

/// Words the article attributes to someone.
public struct Quote: Hashable, Sendable, Identifiable {
  public var id: String
  /// The quoted words, without the surrounding quotation marks.
  public var span: Span
  /// The spans of each piece when the quote runs over several paragraphs (else just `span`).
  public var pieces: [Span]
  public var text: String
  public var kind: QuoteKind
  public var speaker: SpeakerRef?
  public var cue: Cue?
  /// The id of the source the words were given to ("told CNN"), if any.
  public var via: String?
  /// The id of the quote this one is nested in (a quote inside a block quote), if any.
  public var parent: String?

  public init(
    id: String, span: Span, pieces: [Span]? = nil, text: String, kind: QuoteKind,
    speaker: SpeakerRef? = nil, cue: Cue? = nil, via: String? = nil, parent: String? = nil
  ) {
    self.id = id
    self.span = span
    self.pieces = pieces ?? [span]
    self.text = text
    self.kind = kind
    self.speaker = speaker
    self.cue = cue
    self.via = via
    self.parent = parent
  }
}
