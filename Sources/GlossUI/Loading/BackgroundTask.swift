/// One piece of the reader's work at a time on a thread of its own, asked for by a `Request`
/// (the shape to wrap a long body to, the query to search a long text for): the reader's loop
/// starts one when the state wants it and none is under way, waits on ``wakeDescriptor`` with
/// the keys, and takes the result. Requests made while one runs are not started: the loop asks
/// again, for what the state then wants, once the running one is taken.
///
/// Used from the reader's loop only (``ReaderChores``).
final class BackgroundTask<Request: Equatable & Sendable, Result: Sendable> {
  private var work: BackgroundWork<Result>?
  /// The request being worked on, until its result is taken.
  private(set) var underWay: Request?

  /// Starts computing `result` for `request` unless a task is under way.
  func start(_ request: Request, _ result: @escaping @Sendable () -> Result) {
    guard underWay == nil else { return }
    let work = BackgroundWork<Result>()
    self.work = work
    underWay = request
    work.start { work.post(result()) }
  }

  /// Readable when the task is done; nil when none is under way.
  var wakeDescriptor: Int32? { underWay == nil ? nil : work?.wakeDescriptor }

  /// The finished task's request and result, if it is done.
  func take() -> (request: Request, result: Result)? {
    guard let request = underWay, let result = work?.take().last else { return nil }
    underWay = nil
    work = nil
    return (request, result)
  }
}
