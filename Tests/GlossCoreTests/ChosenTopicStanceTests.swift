import Testing

@testable import GlossCore

/// Stances on an entity the reader picks, not the article's leading topic
/// (``Annotator/stances(of:annotations:on:)``), on an article written for the test.
@Suite("Stances on a chosen topic")
struct ChosenTopicStanceTests {
  static let body = """
    The Keystone XL pipeline divides the region. Canada supports the Keystone XL pipeline, while the Sioux Nation opposes the pipeline. The Keystone XL pipeline would cross three rivers. Governor Tom Brennan is running again this fall. Mayor Alice Okafor endorsed Brennan on Monday. The Farmers Union voted against Brennan at its meeting.
    """

  @Test func stancesOnAnEntityThatIsNotALeadingTopic() throws {
    let text = try AnnotatedText(Self.body)
    #expect(text.annotations.topics.first?.name == "Keystone XL")
    #expect(!text.annotations.stances.contains { $0.target == "Tom Brennan" })
    let brennan = try #require(text.entity("Tom Brennan"))
    let stances = Annotator().stances(of: text.article, annotations: text.annotations, on: Topic(name: brennan.name, entity: brennan.id))
    #expect(stances.allSatisfy { $0.target == "Tom Brennan" })
    #expect(stances.first { $0.name == "Alice Okafor" }?.polarity == .support)
    #expect(stances.first { $0.name == "Farmers Union" }?.polarity == .oppose)
    // The actors are the entities of the annotations given, by id.
    for stance in stances { #expect(text.annotations.entity(stance.actor)?.name == stance.name) }
    let okafor = try #require(stances.first { $0.name == "Alice Okafor" })
    #expect(okafor.evidence.map(text.article.string).contains { $0.contains("endorsed Brennan") })
  }

  @Test func theLeadingTopicGivesTheStancesTheAnnotatorFound() throws {
    let text = try AnnotatedText(Self.body)
    let topic = try #require(text.annotations.topics.first)
    let stances = Annotator().stances(of: text.article, annotations: text.annotations, on: topic)
    #expect(stances == text.annotations.stances.filter { $0.target == "Keystone XL" })
    #expect(!stances.isEmpty)
  }

  @Test func anUnknownEntityHasNoStances() throws {
    let text = try AnnotatedText(Self.body)
    #expect(Annotator().stances(of: text.article, annotations: text.annotations, on: Topic(name: "Nobody", entity: "T999")).isEmpty)
  }
}
