/// Words that mark a name as a thing rather than an actor: a weapon system, a law, an event.
enum OtherThings {
  /// Head words of names of things ("… Act", "… Program", "World Cup").
  static let headWords: Set<String> = WordList.words(
    """
    act acts law bill treaty accord accords agreement convention protocol charter constitution
    amendment doctrine plan program programme project mission initiative strategy policy
    system systems missile missiles rocket satellite shuttle vehicle aircraft drone weapon
    vaccine virus pandemic epidemic disease syndrome
    war wars battle crisis revolution protest protests summit conference games olympics cup
    championship championships tournament festival award awards prize medal trophy election
    elections referendum storm hurricane typhoon earthquake
    """)

  /// Common nouns that, right after a name, say the name is a thing ("THAAD system").
  static let followers: Set<String> = WordList.words(
    """
    system systems missile missiles anti-missile rocket rockets satellite aircraft jet jets
    drone drones vaccine virus treaty deal agreement act law bill program programme project
    plan pipeline reactor weapon weapons battery batteries platform app software device
    phone video operating issue issues crisis scandal affair
    """)
}
