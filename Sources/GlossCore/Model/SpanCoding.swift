/// How the annotation model's Codable conformances write spans: one span as a `[start, end]`
/// pair, a list of spans as one flat array of offsets. A pair whose end comes before its start
/// (or an array of odd length) is a decoding error, never a trap.
extension KeyedDecodingContainer {
  func decodeSpan(forKey key: Key) throws -> Span {
    let spans = try decodeSpans(forKey: key)
    guard spans.count == 1 else {
      throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not one [start, end] pair")
    }
    return spans[0]
  }

  func decodeSpans(forKey key: Key) throws -> [Span] {
    let offsets = try decode([Int].self, forKey: key)
    guard offsets.count % 2 == 0 else {
      throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "an odd number of offsets")
    }
    var spans: [Span] = []
    spans.reserveCapacity(offsets.count / 2)
    for index in stride(from: 0, to: offsets.count, by: 2) {
      guard offsets[index] <= offsets[index + 1] else {
        throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "a span ends before it starts")
      }
      spans.append(Span(offsets[index], offsets[index + 1]))
    }
    return spans
  }
}

extension KeyedEncodingContainer {
  mutating func encodeSpan(_ span: Span, forKey key: Key) throws {
    try encode([span.start, span.end], forKey: key)
  }

  mutating func encodeSpans(_ spans: [Span], forKey key: Key) throws {
    try encode(spans.flatMap { [$0.start, $0.end] }, forKey: key)
  }
}
