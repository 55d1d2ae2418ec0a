import GlossCore

/// Wraps a long article's body on a thread of its own, for a reader whose text width changed
/// (``ReaderState/wantedBody``), one wrap at a time: the reader's loop starts one when the
/// state wants a shape and none is under way, waits on ``wakeDescriptor`` with the keys, and
/// hands the result to ``ReaderState/showWrapped(_:ofLength:)``. A terminal resized by dragging
/// asks for many widths: those asked for while a wrap runs are not wrapped; the loop asks again
/// for the last one when the running one is taken.
///
/// Used from the reader's loop only.
public final class BackgroundWrap {
  private var work: BackgroundWork<(BodyLayout, Int)>?
  /// The shape being wrapped, until its result is taken.
  private(set) var underWay: BodyShape?

  public init() {}

  /// Starts wrapping `document` to `shape` unless a wrap is under way.
  public func start(_ document: ReaderDocument, shape: BodyShape) {
    guard underWay == nil else { return }
    let work = BackgroundWork<(BodyLayout, Int)>()
    self.work = work
    underWay = shape
    work.start {
      let layout = BodyLayout(document: document, width: shape.width, expanded: shape.expanded)
      work.post((layout, document.article.length))
    }
  }

  /// Readable when a wrap is done; nil when none is under way.
  public var wakeDescriptor: Int32? { underWay == nil ? nil : work?.wakeDescriptor }

  /// The finished wrap, with the length of the article it wraps, if it is done.
  public func take() -> (layout: BodyLayout, length: Int)? {
    guard let (layout, length) = work?.take().last else { return nil }
    underWay = nil
    work = nil
    return (layout, length)
  }
}
