import Foundation
import Testing

@testable import GlossCore

/// People, organisations and countries merged across articles by name and alias.
@Suite("Actor index")
struct ActorIndexTests {
  func entity(_ id: String, _ name: String, _ type: EntityType = .person, aliases: [String] = []) -> Entity {
    Entity(id: id, name: name, type: type, aliases: aliases, mentions: [Span(0, 1)])
  }

  /// The index of articles holding `entities`, one list per article (item = position).
  func index(_ articles: [[Entity]]) -> ActorIndex {
    var builder = ActorIndexBuilder()
    for (item, entities) in articles.enumerated() {
      builder.add(item: item, facts: ArticleFacts(headline: "a\(item)", quoteCount: 0), annotations: Annotations(entities: entities))
    }
    return builder.build()
  }

  func actor(_ index: ActorIndex, item: Int, entity: String = "e1") throws -> Actor {
    try #require(index.actor(item: item, entity: entity))
  }

  @Test func xiXiJinpingAndPresidentXiJinpingFromDifferentArticlesAreOneActor() throws {
    let index = index([
      [entity("e1", "Xi")],
      [entity("e1", "Xi Jinping", aliases: ["Xi"])],
      [entity("e1", "President Xi Jinping")],
      [entity("e1", "Xi Jinping", aliases: ["President Xi Jinping", "President Xi"])],
    ])
    #expect(index.actors.count == 1)
    let xi = try actor(index, item: 0)
    #expect(xi.name == "Xi Jinping")
    #expect(xi.articles == [0, 1, 2, 3])
    #expect(xi.aliases == ["President Xi", "President Xi Jinping", "Xi"])
  }

  @Test func moonAndMoonJaeInAreOneActor() throws {
    let index = index([[entity("e1", "Moon")], [entity("e1", "Moon Jae-in")]])
    #expect(index.actors.count == 1)
    #expect(try actor(index, item: 0).name == "Moon Jae-in")
  }

  @Test func peopleSharingAFirstNameStayApart() throws {
    let index = index([
      [entity("e1", "John Smith")], [entity("e1", "John Doe")], [entity("e1", "John")], [entity("e1", "Smith")],
    ])
    #expect(index.actors.count == 3)
    #expect(try actor(index, item: 0).name != actor(index, item: 1).name)
    #expect(try actor(index, item: 2).name == "John")
    #expect(try actor(index, item: 3).articles == [0, 3])
  }

  @Test func aSurnameTwoPeopleShareJoinsNeither() throws {
    let index = index([
      [entity("e1", "Kim Jong-un")], [entity("e1", "Kim Dae-jung")], [entity("e1", "Kim")], [entity("e1", "Kim")],
    ])
    #expect(index.actors.count == 3)
    #expect(try actor(index, item: 2).articles == [2, 3])
  }

  @Test func organisationsAndCountriesMergeByAnyNameButOtherPlacesAreNoActors() throws {
    let index = index([
      [entity("e1", "United Nations", .organization, aliases: ["UN"]), entity("e2", "China", .place, aliases: ["Beijing"])],
      [entity("e1", "UN", .organization), entity("e2", "China", .place), entity("e3", "Gangnam", .place)],
      [entity("e1", "The United Nations", .organization), entity("e2", "Beijing", .place)],
    ])
    #expect(try actor(index, item: 1).articles == [0, 1, 2])
    #expect(try actor(index, item: 0).name == "United Nations")
    #expect(try actor(index, item: 2, entity: "e2").name == "China")
    #expect(try actor(index, item: 1, entity: "e2").articles == [0, 1, 2])
    #expect(index.actor(item: 1, entity: "e3") == nil)
    #expect(index.actors.count == 2)
  }

  @Test func aPersonAndAnOrganisationOfOneNameStayApart() {
    #expect(index([[entity("e1", "Jordan Peterson")], [entity("e1", "Jordan Peterson", .organization)]]).actors.count == 2)
  }

  /// Real articles: the THAAD sample names Xi Jinping (and quotes him); two short articles name
  /// him "Xi" and "President Xi Jinping" and quote him too.
  @Test func quotesAndStancesFollowTheActorAcrossRealArticles() throws {
    let texts = [
      try String(contentsOf: Fixtures.sample("thaad-south-korea-china.txt"), encoding: .utf8),
      """
      Beijing repeats its warning

      Chinese President Xi said on Tuesday that the region needed calm. "We will not accept the \
      deployment of the system," Xi told reporters in Beijing.
      """,
      """
      Summit ends without agreement

      President Xi Jinping left the summit early on Friday. "Our position has not changed," Xi \
      Jinping said before boarding his plane.
      """,
    ]
    var builder = ActorIndexBuilder()
    var articles: [Annotations] = []
    for (item, text) in texts.enumerated() {
      let article = ArticleReader.read(text, format: .text)
      let annotations = Annotator().annotate(article)
      articles.append(annotations)
      builder.add(
        item: item, facts: ArticleFacts(headline: article.title, date: "day \(item)", quoteCount: annotations.quotes.count),
        annotations: annotations)
    }
    let index = builder.build()
    let xiEntity = try #require(articles[0].entities.first { $0.name == "Xi Jinping" })
    let xi = try #require(index.actor(item: 0, entity: xiEntity.id))
    #expect(xi.name == "Xi Jinping")
    #expect(xi.articles == [0, 1, 2])
    let quoteItems = Set(xi.quotes.map(\.item))
    #expect(quoteItems == [0, 1, 2])
    #expect(xi.quotes.contains { $0.item == 1 && $0.text.hasPrefix("We will not accept") && $0.date == "day 1" })
    #expect(xi.quotes.allSatisfy { texts[$0.item].unicodeScalars.count >= $0.span.end })
    let china = try #require(index.actors.first { $0.name == "China" })
    #expect(china.stancesByTopic.first?.topic == "THAAD")
    #expect(china.stancesByTopic.first?.stances.first?.polarity == .oppose)
  }

  /// The topic's own person stands behind their own cause: across a library that reads "own
  /// cause", not their own name as a topic.
  @Test func aStanceOnOnesOwnCauseIsListedAsSuch() throws {
    let text = """
      Governor Tom Brennan seeks a second term

      Governor Tom Brennan is running again this fall. Brennan has led the state since 2019.

      “The roads are finally fixed, and the schools are next,” Brennan said at a rally in Dayton.

      Senator Luis Ortega opposed Brennan from the start.
      """
    let annotations = Annotator().annotate(ArticleReader.read(text, format: .text))
    var builder = ActorIndexBuilder()
    builder.add(item: 0, facts: ArticleFacts(headline: "Brennan", quoteCount: annotations.quotes.count), annotations: annotations)
    let index = builder.build()
    let brennan = try #require(index.actors.first { $0.name == "Tom Brennan" })
    let ortega = try #require(index.actors.first { $0.name == "Luis Ortega" })
    #expect(brennan.stancesByTopic.map(\.topic) == ["own cause"])
    #expect(ortega.stancesByTopic.map(\.topic) == ["Tom Brennan"])
  }

  /// Ten thousand articles of a hundred thousand people, each article naming one of the
  /// previous article's by surname alone, index within the time limit (seconds in a debug
  /// build; comparing all pairs would be five billion comparisons of names). The speed itself
  /// is measured by the "Actors index" benchmark.
  @Test(.timeLimit(.minutes(5))) func tenThousandArticlesIndexWithoutComparingAllPairs() {
    var builder = ActorIndexBuilder()
    for item in 0..<10_000 {
      let previous = (item + 9_999) % 10_000
      let entities = (0..<10).map { entity("e\($0)", "Given\(item % 97) Family\(item * 10 + $0)") }
        + [entity("e10", "Family\(previous * 10)"), entity("e11", "Nowhere", .place)]
      builder.add(item: item, facts: ArticleFacts(headline: "", quoteCount: 0), annotations: Annotations(entities: entities))
    }
    let index = builder.build()
    #expect(index.actors.count == 100_000)
    #expect(index.actors[0].articleCount == 2)
  }
}
