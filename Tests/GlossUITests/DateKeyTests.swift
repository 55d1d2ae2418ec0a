import Testing

@testable import GlossUI

/// Dates as articles and feeds write them, in the library's date column and its date sort.
@Suite("Dates in the library")
struct DateKeyTests {
  @Test(arguments: [
    ("Friday, September 9, 2016", 2016_09_09),
    ("2016-09-09", 2016_09_09),
    ("Fri, 09 Sep 2016 10:00:00 GMT", 2016_09_09),
    ("2016-09-09T10:00:00Z", 2016_09_09),
    ("2016-09-09T10:00:00+02:00", 2016_09_09),
    ("September 2016", 2016_09_00),
  ])
  func dateKeys(text: String, key: Int) {
    #expect(DateKey.of(text) == key)
  }

  @Test func anISOTimeShowsAsItsDayInTheColumn() {
    #expect(LibraryArticlesView.shortDate("2023-11-14T23:13:20Z") == "2023-11-14")
    #expect(LibraryArticlesView.shortDate("no date here") == "no date here")
  }
}
