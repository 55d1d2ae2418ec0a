/// The shorthands the JSON exports (``JSONExporter``, ``LibraryJSONLines``, `gloss extract`)
/// build their values with.
extension JSONValue {
  /// `value` as a string, or null.
  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  /// A span as `{"start": …, "end": …}`.
  static func span(_ span: Span) -> JSONValue {
    .object(["start": .int(span.start), "end": .int(span.end)])
  }
}
