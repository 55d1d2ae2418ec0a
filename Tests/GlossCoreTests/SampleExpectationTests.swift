import Testing

@testable import GlossCore

/// The annotation core against what a reader of each sample must be shown, as written by hand in
/// `Expectations/` (the THAAD file comes from the team; the Wikinews ones were written for Gloss).
@Suite("Sample expectations")
struct SampleExpectationTests {
  static let files = [
    "thaad-south-korea-china.expect.json", "wikinews-nasa.expect.json", "wikinews-warming.expect.json",
    "wikinews-soccer.expect.json",
  ]

  func sample(_ file: String) throws -> (Expectation, AnnotatedSample) {
    let expectation = try Expectation.load(file)
    return (expectation, try AnnotatedSample(expectation.article))
  }

  @Test(arguments: files)
  func quotesHaveTheirSpeakersAndKinds(file: String) throws {
    let (expectation, sample) = try sample(file)
    for expected in expectation.quotes {
      let found = sample.quote(containing: expected.contains)
      let quote = try #require(found, "no quote has “\(expected.contains)”")
      #expect(quote.speaker?.name == expected.speaker, "speaker of “\(expected.contains)”")
      #expect(quote.kind.rawValue == expected.kind, "kind of “\(expected.contains)”")
      if let also = expected.also_contains { #expect(quote.text.contains(also)) }
      if let count = expected.spans_paragraphs { #expect(quote.pieces.count == count) }
      if let mention = expected.speaker_mention, let span = quote.speaker?.span {
        #expect(sample.article.string(span) == mention, "speaker mention of “\(expected.contains)”")
      }
      if let via = expected.via {
        let found = quote.via.flatMap(sample.annotations.source)
        let source = try #require(found, "no source the words were given to")
        #expect(source.name.hasSuffix(via) || via.hasPrefix(source.name))
      }
    }
  }

  @Test(arguments: files)
  func titlesAreNotQuotes(file: String) throws {
    let (expectation, sample) = try sample(file)
    for title in expectation.not_quotes ?? [] {
      #expect(sample.annotations.quotes.allSatisfy { !$0.text.contains(title.contains) })
    }
  }

  @Test(arguments: files)
  func entitiesHaveTheirTypesAndAliases(file: String) throws {
    let (expectation, sample) = try sample(file)
    for (type, entities) in expectation.entities {
      for expected in entities {
        let found = sample.entity(named: expected.name)
        let entity = try #require(found, "no entity \(expected.name)")
        #expect(entity.type.rawValue == type, "type of \(expected.name)")
        for alias in expected.aliases ?? [] {
          #expect(entity.aliases.contains(alias), "\(expected.name) lacks alias \(alias)")
        }
        #expect(!entity.mentions.isEmpty)
      }
    }
  }

  @Test(arguments: files)
  func citedSourcesAreFound(file: String) throws {
    let (expectation, sample) = try sample(file)
    for expected in expectation.sources {
      let found = sample.annotations.sources.first { $0.name.hasSuffix(expected.name) || expected.name.hasPrefix($0.name) }
      let source = try #require(found, "no source \(expected.name)")
      let types: [String: [SourceType]] = [
        "news agency": [.agency], "outlet": [.outlet], "publication": [.publication], "organization": [.organization],
      ]
      #expect(types[expected.kind]?.contains(source.type) ?? false, "type of source \(expected.name)")
      #expect(!source.citations.isEmpty)
    }
  }

  @Test(arguments: files)
  func topicAndStancesMatch(file: String) throws {
    let (expectation, sample) = try sample(file)
    if let topic = expectation.topic { #expect(sample.annotations.topics.first?.name == topic) }
    for expected in expectation.stances {
      let found = sample.annotations.stances.first { $0.name == expected.actor }
      let stance = try #require(found, "no stance of \(expected.actor)")
      #expect(stance.polarity.rawValue == expected.polarity, "polarity of \(expected.actor)")
      #expect(stance.target == expectation.topic)
      for snippet in expected.evidence {
        #expect(sample.overlaps(stance.evidence, snippet), "\(expected.actor)'s evidence misses “\(snippet)”")
      }
    }
  }
}
