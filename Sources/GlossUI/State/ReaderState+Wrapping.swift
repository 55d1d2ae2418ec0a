/// A long article's body wrapped again in the background when the text width changes: the old
/// lines stay on screen until the new ones come, so a resized terminal never waits for them.
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
}
