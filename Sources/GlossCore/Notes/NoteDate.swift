import Foundation

/// How notes write and read times: ISO 8601 in UTC with milliseconds, so a time read back
/// compares equal to the one written.
enum NoteDate {
  static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
  static let withoutFraction = Date.ISO8601FormatStyle()

  static func string(_ date: Date) -> String { withFraction.format(date) }

  /// A time as written by Gloss or another tool, with or without fractional seconds.
  static func date(_ text: String) -> Date? {
    (try? withFraction.parse(text)) ?? (try? withoutFraction.parse(text))
  }

  /// `date` to whole milliseconds, the precision the file keeps.
  static func rounded(_ date: Date) -> Date {
    Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
  }
}
