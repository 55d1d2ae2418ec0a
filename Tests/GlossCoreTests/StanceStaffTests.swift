import Testing

@testable import GlossCore

/// Staff and the actor they serve share a side, on wording written for these tests: staff take
/// the side of the one they serve, a spokesperson lends the one they speak for theirs, and
/// former staff serve no one.
@Suite("Stances shared with staff")
struct StanceStaffTests {
  static let law = StanceObjectTests.law

  @Test func staffTakeTheSideOfTheOneTheyServe() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019 after a long fight. Senator Luis Ortega opposed the Farm Act from the start.

      Nina Patel, a senior adviser to Ortega, toured the farms on Friday. Ortega campaign manager Dana Velde drove the bus.
      """, headline: Self.law)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Nina Patel") == .oppose)
    #expect(text.evidence("Nina Patel").contains { $0.contains("a senior adviser to Ortega") })
    #expect(text.evidence("Nina Patel").contains { $0.contains("opposed the Farm Act") })
    #expect(text.stance("Dana Velde") == .oppose)
  }

  @Test func aSpokespersonSpeaksForTheOneTheyServe() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019 after a long fight. Senator Luis Ortega toured the farms on Friday.

      “The Farm Act is a disaster and a fraud. The Farm Act hurts every family,” said Ortega spokeswoman Jo Roe.

      Senator Alice Okafor spoke at the fair with her adviser, Omar Haddad.

      “The Farm Act is a fraud, and it hurts us all,” said Haddad.
      """, headline: Self.law)
    #expect(text.stance("Jo Roe") == .oppose)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Omar Haddad") == .oppose)
    #expect(text.stance("Alice Okafor") == nil, "an adviser does not speak for her")
  }

  @Test func formerStaffServeNoOne() throws {
    let text = try AnnotatedText(
      """
      The Farm Act passed in 2019 after a long fight. Senator Luis Ortega opposed the Farm Act from the start.

      Nina Patel, a former adviser to Ortega, toured the farms on Friday. Ortega's fired campaign manager, Dana Velde, drove the bus.
      """, headline: Self.law)
    #expect(text.stance("Nina Patel") == nil)
    #expect(text.stance("Dana Velde") == nil)
  }
}
