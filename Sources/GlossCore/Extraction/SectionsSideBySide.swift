import Foundation

/// A long article's sections annotated side by side, a worker a core (``OrderedWork``), with the
/// result of ``AnnotationRun`` in one piece, byte for byte: each worker reads a section, finds and
/// groups its names, its quotes, speakers, sources and topics; only its stances wait for the
/// topics' scores of the sections before (``TopicScoresInOrder``), and the sections are joined
/// in order as they come. No more sections are held at once than there are workers (a worker
/// waiting for the scores holds its own), so memory grows by one section's working data a core.
enum SectionsSideBySide {
  /// The annotations of the article cut into `sections` (two or more, in text order), with the
  /// stances on `stancesOn` when it is set (see ``AnnotationRun``).
  static func annotate(
    _ sections: [Article], stancesOn: AnnotationsJoiner.EntityKey?, workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> Annotations {
    let scores = TopicScoresInOrder()
    var joiner = AnnotationsJoiner()
    OrderedWork.run(count: sections.count, workers: workers) { index in
      var pass = ArticlePass(
        article: sections[index], piece: .max, topicScoresBefore: { scores.before(index) }, stancesOn: stancesOn,
        workers: 1)
      while pass.advance() {}
      scores.add(pass.topicScores, of: index)
      guard let annotations = pass.result else { preconditionFailure("a finished pass has a result") }
      return (annotations: annotations, topicScores: pass.topicScores)
    } deliver: { _, section in
      joiner.add(section.annotations, topicScores: section.topicScores)
    }
    return joiner.result
  }
}
