import Foundation

/// A feed's date (RFC 822 in RSS, `Tue, 14 Nov 2023 22:13:20 GMT`; ISO 8601 in Atom,
/// `2023-11-14T22:13:20Z`) as seconds since 1970, for the news library's newest-first order.
enum PublishedDate {
  static func seconds(_ text: String) -> Double? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let date = ISO8601DateFormatter().date(from: trimmed) { return date.timeIntervalSince1970 }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    for format in ["EEE, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm zzz", "yyyy-MM-dd"] {
      formatter.dateFormat = format
      if let date = formatter.date(from: trimmed) { return date.timeIntervalSince1970 }
    }
    return nil
  }
}
