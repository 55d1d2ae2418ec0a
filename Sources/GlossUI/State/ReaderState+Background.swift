import GlossCore

/// A long article's work done in the background (``ReaderChores``) and taken in when it comes:
/// the body wrapped again when the text width changes, the old lines on screen meanwhile; the
/// whole text searched on Enter, the matches found while typing shown meanwhile.
extension ReaderState {
  /// Takes `layout`, a body wrapped in the background for an article of `length` scalars, if it
  /// is the one the reader waits for (an older one is dropped), keeping the text at the top of
  /// the body where it is. The lines depend on the text alone, and a document only changes text
  /// when a long article's whole text replaces its shorter preview: the length tells them apart.
  public mutating func showWrapped(_ layout: BodyLayout, ofLength length: Int) {
    guard let wanted = wantedBody, wanted == BodyShape(width: layout.width, expanded: layout.isExpanded),
      length == document.article.length
    else { return }
    let anchor = body.rows.indices.contains(bodyTop) ? body.rows[bodyTop].span.start : 0
    body = layout
    wantedBody = nil
    bodyTop = bodyTop == 0 ? 0 : body.row(containing: anchor)
    clampBody()
  }

  /// Takes `matches`, the whole text of an article of `length` scalars searched for `search`, if
  /// it is the search the reader waits for: the current match stays current, or, if none was
  /// found while typing, the first after where the search started is shown.
  public mutating func showSearchResults(_ matches: [Span], for search: WholeSearch, ofLength length: Int) {
    guard wantedSearch == search, self.search.query == search.query, length == document.article.length else { return }
    let shown = self.search.current.map { self.search.matches[$0].start }
    self.search.matches = matches
    self.search.isPartial = false
    wantedSearch = nil
    self.search.current = matches.firstIndex { $0.start >= shown ?? search.from } ?? (matches.isEmpty ? nil : 0)
    if shown == nil, let current = self.search.current { reveal(matches[current].start) }
    if matches.isEmpty { say(StatusMessage("Not found: \(search.query)", isError: true)) }
  }
}
