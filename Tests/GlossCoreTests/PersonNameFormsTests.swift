import Testing

@testable import GlossCore

/// The forms of one person's name grouped as one entity, on sentences written for this test.
@Suite("Forms of a person's name")
struct PersonNameFormsTests {
  @Test func aMiddleNameJoinsTheNameWithoutIt() throws {
    let text = try AnnotatedText(
      """
      Senator Carla Whitmore Ellison spoke in Albany on Tuesday about the budget. Ellison said the deal was fair. Carla Ellison later left for Trenton.
      """)
    let people = text.annotations.entities.filter { $0.name.contains("Ellison") }
    #expect(people.count == 1)
    #expect(people.first?.name == "Carla Whitmore Ellison")
  }

  @Test func twoMiddleNamesKeepTwoPeopleApart() throws {
    let text = try AnnotatedText(
      """
      Carla Whitmore Ellison spoke in Albany on Tuesday. Her cousin Carla Joanne Ellison spoke after her.
      """)
    #expect(text.annotations.entities.filter { $0.name.hasPrefix("Carla") }.count == 2)
  }

  @Test func initialsInTheMiddleKeepTwoPeopleApart() throws {
    let text = try AnnotatedText(
      """
      Former governor Martin H.K. Ellery spoke in Albany on Tuesday. His son Martin K. Ellery spoke after him.
      """)
    #expect(text.annotations.entities.filter { $0.name.hasPrefix("Martin") }.count == 2)
  }
}
