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

  /// A title that ends a longer one names no such role ("Vice President", "Lt. Gov."); "former"
  /// may stand before a place ("Former Ohio Gov. Ed Olson"); a speaker carried over from an
  /// earlier quote stays a guess.
  @Test func compoundTitlesPastTitlesAndGuessesStayWhatTheyAre() throws {
    let text = try AnnotatedText(
      """
      President Tom Ruiz met Vice President Ana Lind. Gov. Carla Wu met Lt. Gov. Maria Berg.

      “We are ready,” the president said. “We are not,” the governor said.

      Former Ohio Gov. Ed Olson spoke too. “It was a long term,” the former governor said.
      """)
    #expect(text.speaker(of: "We are ready") == "Tom Ruiz")
    #expect(text.speaker(of: "We are not") == "Carla Wu")
    #expect(text.speaker(of: "It was a long term") == "Ed Olson")
  }
}

