/// Two sets of annotations are equal when every entity, quote, source, topic and stance is,
/// in the same order: what a round trip through the annotation cache must keep.
extension Annotations: Equatable {
  public static func == (lhs: Annotations, rhs: Annotations) -> Bool {
    lhs.entities == rhs.entities && lhs.quotes == rhs.quotes && lhs.sources == rhs.sources
      && lhs.topics == rhs.topics && lhs.stances == rhs.stances
  }
}
