/// JSON written straight from an export's values into bytes, byte for byte as ``JSONWriter``
/// writes the ``JSONValue`` they would make (pretty from an indent, or compact), without making
/// that value: a long document's lists, hundreds of thousands of spans, are written with no tree
/// of values to build and free for each element (``JSONExporter``).
///
/// The caller says of each array or object whether it is flat (holds no array or object), as
/// ``JSONValue/isFlat`` would find it: a flat one goes on one line when that line is at most
/// ``JSONWriter/maximumInlineWidth`` scalars, which is tried first, and written again an element
/// a line when it is longer.
struct JSONDirectWriter {
  var bytes: [UInt8] = []
  let compact: Bool
  /// The indent the outermost value is written at.
  private let indent: Int
  /// The innermost array or object open (those around it wait on the stack of ``write(_:_:)``).
  private var open: Container?

  /// An array or object being written.
  private struct Container {
    var isArray: Bool
    /// The indent it is written at.
    var indent: Int
    var inline: Bool
    var count = 0
  }

  init(compact: Bool, indent: Int) {
    self.compact = compact
    self.indent = indent
  }

  /// Writes an object whose members `body` writes (``member(_:)`` before each value).
  mutating func object(flat: Bool, _ body: (inout JSONDirectWriter) -> Void) {
    container(isArray: false, flat: flat, body)
  }

  /// Writes an array whose elements `body` writes.
  mutating func array(flat: Bool, _ body: (inout JSONDirectWriter) -> Void) {
    container(isArray: true, flat: flat, body)
  }

  /// Opens the member `key` of the object being written; its value comes next.
  mutating func member(_ key: String) {
    separate()
    JSONWriter.writeString(key, into: &bytes)
    bytes.append(JSONWriter.colon)
    if !compact { bytes.append(JSONWriter.space) }
  }

  /// The member `key` and its value: a number, a string (null for nil) or a flag.
  mutating func member(_ key: String, _ number: Int) {
    member(key)
    int(number)
  }

  mutating func member(_ key: String, _ text: String?) {
    member(key)
    string(text)
  }

  mutating func member(_ key: String, _ flag: Bool) {
    member(key)
    bool(flag)
  }

  mutating func int(_ number: Int) {
    value()
    JSONWriter.writeInt(number, into: &bytes)
  }

  mutating func string(_ text: String) {
    value()
    JSONWriter.writeString(text, into: &bytes)
  }

  /// A string, or null.
  mutating func string(_ text: String?) {
    guard let text else { return null() }
    string(text)
  }

  mutating func bool(_ flag: Bool) {
    value()
    bytes.append(contentsOf: (flag ? "true" : "false").utf8)
  }

  mutating func null() {
    value()
    bytes.append(contentsOf: "null".utf8)
  }

  /// A span as `{"start": …, "end": …}`.
  mutating func span(_ span: Span) {
    object(flat: true) {
      $0.member("start", span.start)
      $0.member("end", span.end)
    }
  }

  /// Starts a value: in an array, after what separates it from the element before.
  private mutating func value() {
    if open?.isArray == true { separate() }
  }

  /// What goes before an element of the innermost container: a line break and its indent, a
  /// space on one line, a comma between elements.
  private mutating func separate() {
    guard var container = open else { return }
    let first = container.count == 0
    container.count += 1
    open = container
    if !first { bytes.append(JSONWriter.comma) }
    if compact { return }
    if container.inline {
      bytes.append(JSONWriter.space)
    } else {
      bytes.append(JSONWriter.newline)
      JSONWriter.writeIndent(container.indent + 2, into: &bytes)
    }
  }

  private mutating func container(isArray: Bool, flat: Bool, _ body: (inout JSONDirectWriter) -> Void) {
    value()
    let start = bytes.count
    let at = open.map { $0.indent + 2 } ?? indent
    write(Container(isArray: isArray, indent: at, inline: flat && !compact), body)
    guard flat, !compact else { return }
    var scalars = 0
    for byte in bytes[start...] where byte & 0xC0 != 0x80 { scalars += 1 }
    guard scalars > JSONWriter.maximumInlineWidth else { return }
    bytes.removeSubrange(start...)
    write(Container(isArray: isArray, indent: at, inline: false), body)
  }

  /// Writes `container` with the elements `body` writes, and closes it.
  private mutating func write(_ container: Container, _ body: (inout JSONDirectWriter) -> Void) {
    bytes.append(container.isArray ? JSONWriter.openBracket : JSONWriter.openBrace)
    let outer = open
    open = container
    body(&self)
    guard let closed = open else { preconditionFailure("a container written is open") }
    open = outer
    if closed.count > 0, !compact {
      if closed.inline {
        bytes.append(JSONWriter.space)
      } else {
        bytes.append(JSONWriter.newline)
        JSONWriter.writeIndent(closed.indent, into: &bytes)
      }
    }
    bytes.append(container.isArray ? JSONWriter.closeBracket : JSONWriter.closeBrace)
  }
}
