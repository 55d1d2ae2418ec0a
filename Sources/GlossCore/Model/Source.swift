/// What kind of body a cited source is.
public enum SourceType: String, CaseIterable, Sendable {
  case agency
  case outlet
  case publication
  case organization
  case document
  case person
}

/// How the article cites a source at one place.
public enum CitationKind: String, CaseIterable, Sendable {
  case report
  case article
  case interview
  case statement
  case other
}

/// One place where the article cites a source.
public struct Citation: Hashable, Sendable {
  public var span: Span
  public var kind: CitationKind
  /// The cited work's title, when the article gives one (a quoted headline).
  public var title: String?

  public init(span: Span, kind: CitationKind, title: String? = nil) {
    self.span = span
    self.kind = kind
    self.title = title
  }
}

/// An outlet, agency, report or document the article draws on.
public struct Source: Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var type: SourceType
  /// The entity naming the source, if any.
  public var entity: String?
  public var citations: [Citation]

  public init(
    id: String, name: String, type: SourceType, entity: String? = nil, citations: [Citation] = []
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.entity = entity
    self.citations = citations
  }
}
