import Testing

@testable import GlossCore

/// A speaker named by a role alone is the person the article named with that title before, on
/// wording written for these tests: the latest one, past or present as the role says, and
/// named with the role's place if it has one.
@Suite("Speakers named by a role")
struct RoleSpeakerTests {
  @Test func aRoleIsTheLatestPersonNamedWithItsTitle() throws {
    let text = try AnnotatedText(
      """
      Sen. Ana Lind and former Gov. Tom Ruiz spoke in Dayton on Friday. Gov. Carla Wu did not come.

      “The fight goes on,” the senator said. “We will win,” the former governor added.
      """)
    #expect(text.speakerMention(of: "The fight goes on") == "the senator → Ana Lind")
    #expect(text.speakerMention(of: "We will win") == "the former governor → Tom Ruiz")
    #expect(text.quote("The fight goes on")?.speaker?.confidence == .medium)
  }

  @Test func aRoleWithAPlaceNeedsThePlaceBeforeTheTitle() throws {
    let text = try AnnotatedText(
      """
      Sen. Ana Lind spoke in Dayton on Friday, and Ohio Sen. Tom Ruiz spoke in Toledo.

      “The fight goes on,” the Ohio senator said. “We will win,” the Texas senator said.
      """)
    #expect(text.speaker(of: "The fight goes on") == "Tom Ruiz")
    #expect(text.speaker(of: "We will win") == "the Texas senator")
  }
}
