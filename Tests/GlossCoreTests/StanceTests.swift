import Testing

@testable import GlossCore

/// Stances on wording written for these tests: who opposes or supports the topic, negation,
/// turning words, and actors quoted on the topic without taking a side.
@Suite("Stances")
struct StanceTests {
  @Test func opposingAndSupportingVerbsGiveTheirSubjectsAStance() throws {
    let text = try AnnotatedText(
      """
      The Keystone XL pipeline divides the region. Canada supports the Keystone XL pipeline, while the Sioux Nation opposes the pipeline. Germany does not support the Keystone XL pipeline either.
      """)
    #expect(text.annotations.topics.first?.name == "Keystone XL")
    #expect(text.stance("Canada") == .support)
    #expect(text.stance("Sioux Nation") == .oppose)
    #expect(text.stance("Germany") == .oppose)
  }

  @Test func turningWordsAndPrefixes() throws {
    let text = try AnnotatedText(
      """
      The Nord Stream pipeline was finished in 2021. Poland called for the Nord Stream pipeline to be halted, and Lithuania kept its anti-Nord Stream line.
      """)
    #expect(text.stance("Poland") == .oppose)
  }

  @Test func anActorQuotedOnTheTopicWithoutASideIsNeutral() throws {
    let text = try AnnotatedText(
      """
      The Artemis program returns astronauts to the Moon. “Artemis is the hardest thing we have tried in fifty years,” said engineer Rosa Delgado.
      """)
    let stance = try #require(text.annotations.stances.first { $0.name == "Rosa Delgado" })
    #expect(stance.polarity == .neutral)
    #expect(!stance.evidence.isEmpty)
  }
}
