import Testing

@testable import GlossCore

/// Titles of office that name their field ("Secretary of Labor", "Defense Secretary", "Minister
/// of the Interior"), on sentences written for this test: the field is a word of the title and
/// no entity, the person after it keeps their name, a place after "of" stays one, and a word
/// qualifying a title ("Former") names no one alone.
@Suite("Titles of office and their fields")
struct OfficeTitleTests {
  @Test func theFieldAfterOfIsPartOfTheTitle() throws {
    let text = try AnnotatedText(
      """
      The cabinet met in the capital

      Secretary of Labor Ana Velde met the Secretary of Homeland Security, Tomas Irvell, on Monday. The former Secretary of State spoke to them, and so did the Minister of the Interior Oda Brask.
      """)
    for field in ["Labor", "Homeland", "Security", "Homeland Security", "State", "Interior"] {
      #expect(text.entity(field) == nil, "\(field)")
    }
    for person in ["Ana Velde", "Tomas Irvell", "Oda Brask"] {
      #expect(text.entity(person)?.type == .person, "\(person)")
    }
    #expect(text.entity("Ana Velde")?.aliases.contains("Secretary of Labor Ana Velde") == true)
  }

  @Test func theFieldBeforeATitleOfOfficeIsPartOfIt() throws {
    let text = try AnnotatedText(
      """
      The talks went on for a week

      On Monday, Defense Secretary Ana Velde met Tomas Irvell, then Lars Hoom and Foreign Minister Oda Brask.
      """)
    #expect(text.entity("Defense") == nil)
    #expect(text.entity("Foreign") == nil)
    #expect(text.entity("Ana Velde")?.type == .person)
    #expect(text.entity("Oda Brask")?.aliases.contains("Foreign Minister Oda Brask") == true)
    #expect(text.entity("Lars Hoom")?.type == .person)
  }

  @Test func aPlaceAfterOfStaysAName() throws {
    let text = try AnnotatedText(
      """
      The visit was short

      The President of France met the Governor of Texas before the Vice President of the United States spoke.
      """)
    #expect(text.entity("France")?.type == .place)
    #expect(text.entity("Texas")?.type == .place)
    #expect(text.entity("United States")?.type == .place)
  }

  @Test func aWordQualifyingATitleNamesNoOneAlone() throws {
    let text = try AnnotatedText(
      """
      The race was close

      Former presidential candidate Ana Velde spoke on Monday.
      """)
    #expect(text.entity("Former") == nil)
    #expect(text.entity("Ana Velde")?.type == .person)
  }

  @Test func theFieldAfterATitleInLowerCaseIsNoName() throws {
    let text = try AnnotatedText(
      """
      The deal was signed

      Ana Velde spoke first. The former secretary of State Velde was for the deal.
      """)
    #expect(text.entity("State Velde") == nil)
    #expect(text.entity("Ana Velde")?.mentions.count == 2)
  }

  @Test func aTitleAndOfEndingTheTextAreRead() throws {
    let text = try AnnotatedText(
      """
      The meeting

      They met Ana Velde on a cold day in the old town hall, with the Secretary Of
      """)
    #expect(text.entity("Ana Velde")?.type == .person)
  }

  /// "Denver Political Editor Ana Velde": an adjective before a title of any kind, after a known
  /// place or nothing, is a word of the title; after another name it ends that name ("Quellan
  /// Financial Chief Executive"). A title of office takes any field ("Defense Secretary").
  @Test func anAdjectiveBeforeATitleIsPartOfIt() throws {
    let text = try AnnotatedText(
      """
      The paper hired a new team

      The paper's Denver Political Editor Ana Velde asked the first question, and Quellan Financial Chief Executive Tomas Irvell the second.
      """)
    #expect(text.entity("Denver Political") == nil)
    #expect(text.entity("Denver")?.type == .place)
    #expect(text.entity("Ana Velde")?.aliases.contains("Political Editor Ana Velde") == true)
    #expect(text.entity("Quellan Financial") != nil)
    #expect(text.entity("Tomas Irvell")?.aliases.contains("Chief Executive Tomas Irvell") == true)
  }

  /// "Assistant Secretary for Consular Affairs Ana Velde": "for" opens an office's field as "of" does.
  @Test func theFieldAfterForIsPartOfATitleOfOffice() throws {
    let text = try AnnotatedText(
      """
      The visas were delayed

      Assistant Secretary for Consular Affairs Ana Velde met the High Commissioner for Refugees on Monday.
      """)
    #expect(text.entity("Consular Affairs") == nil)
    #expect(text.entity("Refugees") == nil)
    #expect(text.entity("Ana Velde")?.aliases.contains("Secretary for Consular Affairs Ana Velde") == true)
  }

  /// Local offices are titles too: "Sheriff", "Treasurer", "Superintendent".
  @Test func localOfficesAreTitles() throws {
    let text = try AnnotatedText(
      """
      The county met on Monday

      Sheriff Ana Velde spoke first, then Treasurer Tomas Irvell. "We need more deputies," the Sheriff said.
      """)
    #expect(text.entity("Ana Velde")?.aliases.contains("Sheriff Ana Velde") == true)
    #expect(text.entity("Tomas Irvell")?.aliases.contains("Treasurer Tomas Irvell") == true)
    #expect(text.speaker(of: "We need more deputies") == "Ana Velde")
  }

  /// A town's elected posts are titles as well, so a name after one is a person even when its
  /// words are no known given names: "Councilwoman Jia Morrow", "Trustee Reed Tollan".
  @Test func councilAndBoardPostsAreTitles() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday

      Councilwoman Jia Morrow voted for the plan. Trustee Reed Tollan voted against it, and Selectman Oda Brill left early.
      """)
    for (name, title) in [("Jia Morrow", "Councilwoman"), ("Reed Tollan", "Trustee"), ("Oda Brill", "Selectman")] {
      #expect(text.entity(name)?.type == .person, "\(name)")
      #expect(text.entity(name)?.aliases.contains("\(title) \(name)") == true)
    }
  }

  /// "member" in lower case before a name of two or three words no lexicon knows makes a
  /// person ("council member Franny Delacorte"), not before a place ("NATO member North
  /// Macedonia").
  @Test func aMemberBeforeANameIsAPerson() throws {
    let text = try AnnotatedText(
      """
      The council met on Monday

      City council member Franny Delacorte condemned the walkout. Board member Oda Quarrel voted no. NATO member North Macedonia sent troops.
      """)
    #expect(text.entity("Franny Delacorte")?.type == .person)
    #expect(text.entity("Oda Quarrel")?.type == .person)
    #expect(text.entity("North Macedonia")?.type == .place)
  }
}
