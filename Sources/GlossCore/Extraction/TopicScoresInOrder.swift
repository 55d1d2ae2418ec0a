import Foundation

/// The topics' scores of a long article's sections, summed in text order as
/// ``AnnotationsJoiner`` sums them, handed on from the worker of each section to the worker of
/// the next (``SectionsSideBySide``): a section's stances need the scores of all sections before.
final class TopicScoresInOrder: @unchecked Sendable {
  /// Guards `sections` and `sum`.
  private let condition = NSCondition()
  /// The number of sections whose scores are in `sum`.
  private var sections = 0
  private var sum: [AnnotationsJoiner.EntityKey: Double] = [:]

  /// The scores summed over the sections before `section`, once they are all in.
  func before(_ section: Int) -> [AnnotationsJoiner.EntityKey: Double] {
    condition.lock()
    defer { condition.unlock() }
    while sections < section { condition.wait() }
    return sum
  }

  /// Adds the scores of `section`, after those of every section before it.
  func add(_ scores: [AnnotationsJoiner.EntityKey: Double], of section: Int) {
    condition.lock()
    defer { condition.unlock() }
    while sections < section { condition.wait() }
    AnnotationsJoiner.add(scores, to: &sum)
    sections += 1
    condition.broadcast()
  }
}
