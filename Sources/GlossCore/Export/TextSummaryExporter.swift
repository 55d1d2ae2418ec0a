/// Exports an annotated article as a summary to read in a terminal: who said what, the entities
/// by type, the sources and how they are cited, the topics, and the stances with their evidence.
///
/// Article text passes through ``VisibleText/line(_:)``: no control character reaches the output.
public struct TextSummaryExporter: ArticleExporter {
  /// The longest evidence snippet, in characters, before it is cut with "…".
  static let maximumSnippetLength = 160

  public init() {}

  /// The summary written section by section and item by item, so a long article's summary is
  /// never held whole; a long article's items are written on every core.
  public func write(_ document: AnnotatedArticle, to output: inout OutputBuffer) {
    let article = document.article
    let annotations = document.annotations
    let workers = OrderedWork.workers(forArticleOf: document.article.length)
    output.write(header(article))
    writeSection("Quotes", annotations.quotes, workers: workers, to: &output) { quote($0, annotations) }
    output.write("\n\n" + entities(annotations.entities))
    writeSection("Sources", annotations.sources, workers: workers, to: &output) { source($0) }
    writeSection("Topics", annotations.topics, workers: workers, to: &output) { VisibleText.line($0.name) }
    writeSection("Stances", annotations.stances, workers: workers, to: &output) { stance($0, annotations, in: article) }
    output.write("\n")
  }

  func header(_ article: Article) -> String {
    let metadata = article.metadata
    var facts = [
      ("source", metadata.source), ("author", metadata.author), ("date", metadata.date),
      ("url", metadata.url),
    ].compactMap { key, value in value.map { "\(key): \(VisibleText.line($0))" } }
    let flagged = article.paragraphs.filter(\.isBoilerplate).count
    let counts = "\(article.length) characters, \(article.paragraphs.count) paragraphs"
    facts.append(flagged > 0 ? counts + " (\(flagged) trailing boilerplate)" : counts)
    return VisibleText.line(article.title) + "\n" + facts.joined(separator: " · ")
  }

  /// A blank line, then a titled section with a count and its items indented (`line` makes
  /// each, on any of `workers`), or "none found".
  func writeSection<Item: Sendable>(
    _ title: String, _ items: [Item], workers: Int, to output: inout OutputBuffer, _ line: @escaping @Sendable (Item) -> String
  ) {
    guard !items.isEmpty else { return output.write("\n\n\(title): none found") }
    output.write("\n\n\(title) (\(items.count))")
    output.write(items: items.count, workers: workers) { index, bytes in
      bytes.append(contentsOf: "\n  ".utf8)
      bytes.append(contentsOf: line(items[index]).utf8)
    }
  }

  func quote(_ quote: Quote, _ annotations: Annotations) -> String {
    var speaker = quote.speaker.map { VisibleText.line($0.name) + ($0.isGuessed ? " (guessed)" : "") } ?? "unattributed"
    if let via = quote.via.flatMap(annotations.source) {
      speaker += " to \(VisibleText.line(via.name))"
    }
    let nested = quote.parent.map { ", inside \($0)" } ?? ""
    let words = VisibleText.line(quote.text)
    return "\(quote.id) [\(quote.kind.rawValue)\(nested)] \(speaker): “\(words)”"
  }

  func entities(_ entities: [Entity]) -> String {
    guard !entities.isEmpty else { return "Entities: none found" }
    let groups: [(EntityType, String)] = [
      (.person, "People"), (.organization, "Organizations"), (.place, "Places"), (.other, "Other"),
    ]
    var lines = ["Entities (\(entities.count))"]
    for (type, title) in groups {
      let members = entities.filter { $0.type == type }
      guard !members.isEmpty else { continue }
      lines.append("  \(title)")
      lines += members.map { "    " + entity($0) }
    }
    return lines.joined(separator: "\n")
  }

  func entity(_ entity: Entity) -> String {
    let count = entity.mentions.count
    var line = "\(VisibleText.line(entity.name)) (\(count) mention\(count == 1 ? "" : "s")"
    if !entity.aliases.isEmpty {
      let aliases = entity.aliases.map { "“\(VisibleText.line($0))”" }
      line += "; also " + aliases.joined(separator: ", ")
    }
    return line + ")"
  }

  func source(_ source: Source) -> String {
    let citations = source.citations.map { citation in
      citation.title.map { "\(citation.kind.rawValue) “\(VisibleText.line($0))”" }
        ?? citation.kind.rawValue
    }
    let how = citations.isEmpty ? "" : ": " + citations.joined(separator: ", ")
    return "\(VisibleText.line(source.name)) (\(source.type.rawValue))\(how)"
  }

  func stance(_ stance: Stance, _ annotations: Annotations, in article: Article) -> String {
    let actor = VisibleText.line(stance.name)
    let unsure = stance.isUnsure ? "?" : ""
    let head = "\(actor): \(stance.polarity.rawValue)\(unsure) on \(VisibleText.line(annotations.targetLabel(of: stance)))"
    let evidence = stance.evidence.map { "    “\(snippet(article.string($0)))”" }
    return ([head] + evidence).joined(separator: "\n")
  }

  /// `text` on one line, cut at ``maximumSnippetLength`` characters.
  func snippet(_ text: String) -> String {
    let line = VisibleText.line(text)
    guard line.count > Self.maximumSnippetLength else { return line }
    return String(line.prefix(Self.maximumSnippetLength - 1)) + "…"
  }
}
