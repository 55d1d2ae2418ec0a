/// A date as articles and feeds write it ("Friday, September 9, 2016", "2016-09-09",
/// "Fri, 09 Sep 2016 10:00:00 GMT") turned into a number that sorts by date: year × 10,000 +
/// month × 100 + day, with unknown parts 0. Nil when no year can be found.
enum DateKey {
  static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  static func of(_ text: String) -> Int? {
    let words = Self.runs(text.lowercased())
    guard let yearIndex = words.firstIndex(where: { $0.count == 4 && Int($0) != nil }) else { return nil }
    let year = Int(words[yearIndex])!
    var month = words.lazy.compactMap { word in months.firstIndex { word.hasPrefix($0) } }.first.map { $0 + 1 }
    var day = words.indices.lazy.filter { $0 != yearIndex }.compactMap { Int(words[$0]) }.first { (1...31).contains($0) }
    if month == nil, yearIndex + 2 < words.count, let number = Int(words[yearIndex + 1]), (1...12).contains(number) {
      month = number
      day = Int(words[yearIndex + 2])
    }
    return year * 10_000 + (month ?? 0) * 100 + min(day ?? 0, 31)
  }

  /// The runs of letters and the runs of digits in `text`: "2016-09-09T10:00:00Z" gives 2016, 09,
  /// 09, t, 10, … so an ISO 8601 time does not hide the day.
  static func runs(_ text: String) -> [Substring] {
    var runs: [Substring] = []
    var start: String.Index?
    var letters = false
    for index in text.indices {
      let character = text[index]
      let isLetter = character.isLetter
      guard isLetter || character.isNumber else {
        if let first = start { runs.append(text[first..<index]) }
        start = nil
        continue
      }
      if let first = start, isLetter != letters {
        runs.append(text[first..<index])
        start = index
      } else if start == nil {
        start = index
      }
      letters = isLetter
    }
    if let first = start { runs.append(text[first...]) }
    return runs
  }
}
