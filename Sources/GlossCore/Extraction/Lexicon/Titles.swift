/// Titles and roles written before a name ("President", "Senator"): not part of the name, and a
/// sign that a person follows.
enum Titles {
  static let all: Set<String> = WordList.words(
    """
    president vice prime minister premier chancellor secretary senator sen. sen representative
    rep rep. congressman congresswoman governor gov gov. mayor ambassador envoy diplomat
    king queen prince princess emperor empress sheikh sultan pope cardinal archbishop bishop
    reverend rev rev. pastor rabbi imam father sister brother
    general gen gen. colonel col col. major maj lieutenant lt lt. captain capt capt. commander
    admiral sergeant sgt private officer marshal
    chairman chairwoman chair director administrator commissioner chief ceo cfo coo founder
    spokesman spokeswoman spokesperson justice judge attorney prosecutor
    dr dr. doctor prof prof. professor mr mr. mrs mrs. ms ms. miss sir dame lord lady
    coach manager captain striker goalkeeper defender midfielder forward
    analyst economist scientist researcher author writer journalist reporter correspondent
    editor columnist blogger activist lawmaker legislator councillor councilor candidate leader
    deputy acting former
    engineer farmer teacher nurse lawyer historian official resident student worker soldier
    pilot owner chef artist singer actor actress producer designer architect expert adviser
    advisor aide consultant investor banker trader photographer witness survivor volunteer
    organizer organiser protester voter citizen executive physician surgeon psychologist
    sociologist novelist poet filmmaker entrepreneur negotiator mediator inspector detective
    """)

  /// Titles that may stand alone before a full name, in any case ("President Xi Jinping").
  static func isTitle(_ lower: String) -> Bool { all.contains(lower) }
}
