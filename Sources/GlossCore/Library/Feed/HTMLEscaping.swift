import Foundation

/// Escapes text for HTML markup built from a feed item: `&`, `<` and `>` in text, and the
/// quotation mark too in attribute values.
enum HTMLEscaping {
  static func text(_ text: String) -> String {
    guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
    return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  static func attribute(_ value: String) -> String {
    text(value).replacingOccurrences(of: "\"", with: "&quot;")
  }
}
