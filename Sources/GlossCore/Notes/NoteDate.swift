import Foundation

/// How notes write and read times: ISO 8601 in UTC with milliseconds
/// (`2026-05-19T08:30:00.250Z`). Times are kept to the millisecond, so a time read back compares
/// equal to the one written.
enum NoteDate {
  static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
  static let withoutFraction = Date.ISO8601FormatStyle()

  static func string(_ date: Date) -> String {
    let milliseconds = milliseconds(date)
    let fraction = (milliseconds % 1000 + 1000) % 1000
    let seconds = Date(timeIntervalSince1970: Double((milliseconds - fraction) / 1000))
    let digits = String(fraction)
    return withoutFraction.format(seconds).dropLast() + "."
      + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
  }

  /// A time as written by Gloss or another tool, with or without fractional seconds.
  static func date(_ text: String) -> Date? {
    ((try? withFraction.parse(text)) ?? (try? withoutFraction.parse(text))).map(rounded)
  }

  /// `date` to the millisecond, as the file keeps it.
  static func rounded(_ date: Date) -> Date { Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000) }

  static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
}
