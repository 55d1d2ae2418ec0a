import Testing

@testable import GlossCore

/// Who a stance word belongs to and what turns it, on wording written for these tests: a name
/// before a group noun or a body before a title, a question or a relative clause on a common
/// noun, a negation set in quotation marks, a loss, and states or towns, which are where actors
/// are, not actors, unless they act.
@Suite("Stance reach")
struct StanceReachTests {
  static let candidate = StanceObjectTests.candidate
  static let opening = StanceConstructionTests.opening

  @Test func aNameBeforeAGroupNounHoldsNoStance() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega lost the primary in June. Many Ortega voters now plan to back Brennan, a survey found. Okafor aides have praised Brennan too.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == nil, "the voters hold it, not Ortega")
    #expect(text.annotations.stances.allSatisfy { !$0.name.contains("Okafor") })
  }

  @Test func aQuestionOrARelativeClauseOnACommonNounShowsNoOnesSide() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Mayor Alice Okafor told reporters she could not say who backs Brennan in the valley. Senator Luis Ortega promised to fight anyone who criticises Brennan's record. Nina Patel, who endorsed Brennan in 2019, chairs his campaign.
      """, headline: Self.candidate)
    #expect([nil, .neutral].contains(text.stance("Alice Okafor")), "reported on the topic, without a side")
    #expect(text.stance("Luis Ortega") == nil, "the critic is anyone, not Ortega")
    #expect(text.stance("Nina Patel") == .support, "a relative clause on a name is that name's")
    let predicate = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega, a moderate who now backs Brennan, spoke in Akron. Mayor Alice Okafor is the only mayor who has endorsed Brennan.
      """, headline: Self.candidate)
    #expect(predicate.stance("Luis Ortega") == .support, "an apposition says who")
    #expect(predicate.stance("Alice Okafor") == .support, "a predicate says who")
    let counted = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega counts 52 delegates against the 14 who back Brennan. Mayor Alice Okafor trails the many who have endorsed Brennan.
      """, headline: Self.candidate)
    #expect(counted.stance("Luis Ortega") == nil, "a number before \"who\" is no one named")
    #expect(counted.stance("Alice Okafor") == nil, "nor is a word of quantity")
    let year = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega is the only senator since 2016 who has endorsed Brennan.
      """, headline: Self.candidate)
    #expect(year.stance("Luis Ortega") == .support, "a year is no group")
  }

  @Test func aNegationInQuotationMarksStillTurnsTheVerb() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) Senator Luis Ortega is “not yet ready” to endorse Brennan, his office said.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
  }

  @Test func losingSomethingGoodIsBad() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening)

      “Brennan has lost the trust of this city,” said Senator Luis Ortega.

      “Brennan never lost the trust of my district,” said Mayor Alice Okafor.
      """, headline: Self.candidate)
    #expect(text.stance("Luis Ortega") == .oppose)
    #expect(text.stance("Alice Okafor") == .support, "never losing it is good")
  }

  @Test func aStateOrTownNamedWithAnActorTakesNoStance() throws {
    let text = try AnnotatedText(
      """
      BRADFORD, Ohio — \(Self.opening) Senators Mia Cole (Indiana) and Dan Pratt (Kentucky) have denounced Brennan. Mayor Luis Ortega of Wichita, Kansas, also spoke out against Brennan. France condemned Brennan's remarks on trade.
      """, headline: Self.candidate)
    #expect(text.stance("Mia Cole") == .oppose)
    #expect(text.stance("Dan Pratt") == .oppose)
    #expect(text.stance("Luis Ortega") == .oppose)
    for place in ["Indiana", "Kentucky", "Ohio", "Wichita", "Kansas", "BRADFORD", "Bradford"] {
      #expect(text.stance(place) == nil, "\(place)")
    }
    #expect(text.stance("France") == .oppose, "a country acts")
    let acting = try AnnotatedText(
      """
      \(Self.opening) Kansas has sued to block Brennan's order on grain.
      """, headline: Self.candidate)
    #expect(acting.stance("Kansas") == .oppose, "a state that acts is an actor")
  }

  @Test func aBodyBeforeATitleIsNoHolder() throws {
    let text = try AnnotatedText(
      """
      \(Self.opening) The Harbor Council met on Monday. Harbor Council Chairman Ana Lind criticised Brennan after the meeting.
      """, headline: Self.candidate)
    #expect(text.stance("Ana Lind") == .oppose)
    #expect(text.stance("Harbor Council") == nil)
  }
}

