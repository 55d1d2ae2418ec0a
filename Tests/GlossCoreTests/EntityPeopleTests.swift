import Testing

@testable import GlossCore

/// Names of groups of people, typed as people, on sentences written for this test: members of a
/// people, a faith or a party named by the capitalised noun for one of them.
@Suite("Names of groups of people")
struct EntityPeopleTests {
  @Test func aNameForMembersOfAPeopleFaithOrPartyIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The museum opened a new hall this spring.

      The hall shows pots the Sherpas made, a letter from a Methodist preacher and a map drawn by Sri Lankans. The Whigs lost the vote.
      """)
    #expect(text.entity("Sherpas")?.type == .person)
    #expect(text.entity("Methodist")?.type == .person)
    #expect(text.entity("Sri Lankans")?.type == .person)
    #expect(text.entity("Whigs")?.type == .person)
  }
}
