/// Whose words a reported clause gives, where its verb's subject is not right before the verb: a
/// participle sharing the subject of the verb of speech before it, a verb joined to the
/// sentence's first one or to a relative clause, and a subject's words without the day that ends
/// them.
extension IndirectQuoteFinder {
  /// The words holding the subject a participle at `verb` shares with the clause of speech
  /// before it, whose words after its verb start at `clauseStart`: "“…,” Reed said, adding that
  /// …" (that clause ends with its verb), "Reed urged a firm stand, saying that …" (the verb's
  /// object, with no comma in it, comes before the participle). Nil for any other verb, and when
  /// the verb of speech comes before its subject ("…,” said Reed, adding …") or its object holds
  /// a comma.
  func participleSubject(at verb: Int, clauseStart: Int, in sentence: Range<Int>) -> Range<Int>? {
    let tokens = document.tokens
    guard tokens.lower(verb).hasSuffix("ing"), verb > sentence.lowerBound, tokens.text(verb - 1) == "," else { return nil }
    let end: Int
    if clauseStart == verb - 1 {
      end = clauseStart
    } else if clauseStart - 2 >= sentence.lowerBound, finder.isCue(clauseStart - 1, in: []), !isInverted(cue: clauseStart - 1),
      !(clauseStart..<verb - 1).contains(where: { tokens.text($0) == "," })
    {
      end = clauseStart - 1
    } else {
      return nil
    }
    // The clause runs back to a break, a quotation or a clause joined by ", and".
    var start = end
    while start > sentence.lowerBound, verb - start < QuoteContext.reach, context.passageOfToken[optional: start - 1] == nil,
      !FunctionWords.clauseBreaks.contains(tokens.lower(start - 1)),
      !(tokens.lower(start - 1) == "and" && start - 2 >= sentence.lowerBound && tokens.text(start - 2) == ",")
    {
      start -= 1
    }
    return start..<end
  }

  /// The words holding the subject of the first verb of its clause, which a participle at `verb`
  /// set off by a comma at the end shares when the words before it, from `clauseStart`, follow
  /// a "that" opening a relative clause or standing as a demonstrative ("Reed sold the plan as a
  /// source of jobs that last, noting that …", "Reed repeated that view on Monday, saying …").
  /// The clause runs back to a break or a clause joined by ", and"; after a verb of speech's
  /// "that" the speaker goes on ("Reed said that the pier was old, adding …"). Nil otherwise:
  /// after a "that" opening another verb's clause with a verb of its own ("Reed found that Cole
  /// misled the board, saying …" leaves it to the words before the participle), and when those
  /// words hold a person's participle the one at `verb` may go with ("a video that showed Lee
  /// discussing the bill, saying …": Lee says it).
  func mainSubject(ofParticiple verb: Int, clauseStart: Int, in sentence: Range<Int>) -> Range<Int>? {
    let tokens = document.tokens
    let that = clauseStart - 1
    guard tokens.lower(verb).hasSuffix("ing"), verb > sentence.lowerBound, tokens.text(verb - 1) == ",",
      that > sentence.lowerBound, tokens.lower(that) == "that",
      finder.isCue(that - 1, in: [])
        || !(document.isVerb(that - 1, strict: true) && (clauseStart..<verb - 1).contains { document.isVerb($0, strict: true) }),
      !(clauseStart..<verb - 1).contains(where: { isPersonDoing(at: $0) })
    else { return nil }
    var start = that
    while start > sentence.lowerBound, context.passageOfToken[optional: start - 1] == nil,
      !FunctionWords.clauseBreaks.contains(tokens.lower(start - 1)),
      !(tokens.lower(start - 1) == "and" && start - 2 >= sentence.lowerBound && tokens.text(start - 2) == ",")
    {
      start -= 1
    }
    guard let main = firstVerb(in: start..<that), main > start else { return nil }
    return start..<main
  }

  /// True when the word at `index` is a participle right after a person's name ("Lee discussing";
  /// not a preposition, "Lee during").
  private func isPersonDoing(at index: Int) -> Bool {
    let lower = document.tokens.lower(index)
    return index > 0 && document.tokens[index].isWord && lower.hasSuffix("ing") && !FunctionWords.prepositions.contains(lower)
      && finder.isPerson(at: index - 1)
  }

  /// True when the verb of speech at `cue` comes before its subject: right after a quotation
  /// (“…,” said Reed), or after a comma and before a capital ("…, said Reed").
  func isInverted(cue: Int) -> Bool {
    let before = cue - 1
    guard before >= 0, cue + 1 < document.tokens.count else { return false }
    return document.isQuotationMark(before) || context.passageOfToken[optional: before] != nil
      || document.tokens.text(before) == "," && document.tokens[cue + 1].isCapitalized
  }

  /// The words holding the subject of a verb at `verb` coordinated to its sentence's first one,
  /// which it shares ("Reed called the plan “crazy” and said …"), or to a relative clause set off
  /// after that verb's object ("Reed met Ann Cole, who read the plan and said …": Ann Cole). Nil when
  /// no "and", "but" or "then" joins the verb.
  func joinedSubject(at verb: Int, in sentence: Range<Int>) -> Range<Int>? {
    let tokens = document.tokens
    var joined = verb - 1
    if joined > sentence.lowerBound, Self.adverbsOfTime.contains(tokens.lower(joined)) { joined -= 1 }
    // "… and has said that": the perfect's auxiliary stands between the "and" and the verb.
    if joined > sentence.lowerBound, ["has", "have", "had"].contains(tokens.lower(joined)) { joined -= 1 }
    guard joined > sentence.lowerBound, ["and", "but", "then"].contains(tokens.lower(joined)) else { return nil }
    let main = firstVerb(in: sentence.lowerBound..<joined)
    if let main, let who = (main..<joined).last(where: { tokens.lower($0) == "who" && context.passageOfToken[optional: $0] == nil }),
      main + 1 < who - 1, tokens.text(who - 1) == ",", !(who..<joined).contains(where: { tokens.text($0) == "," })
    {
      return main + 1..<who - 1
    }
    var end = main ?? sentence.lowerBound
    while end > sentence.lowerBound, Self.adverbsOfTime.contains(tokens.lower(end - 1)) { end -= 1 }
    return sentence.lowerBound..<end
  }

  /// `words`, the subject's words before a verb, without the day that ends them and a participle
  /// or preposition before it: "a poll released Saturday", "two committees on Monday" (the
  /// subject is the poll, the committees).
  func withoutDate(_ words: [Int]) -> [Int] {
    let tokens = document.tokens
    var end = words.count
    if end > 0, Self.partsOfDay.contains(tokens.lower(words[end - 1])) { end -= 1 }
    guard end > 1, CalendarWords.days.contains(tokens.lower(words[end - 1])) else { return words }
    end -= 1
    if end > 1, ["late", "early"].contains(tokens.lower(words[end - 1])) { end -= 1 }
    let before = tokens.lower(words[end - 1])
    guard end > 1, before == "on" || before.hasSuffix("ed") else { return words }
    return Array(words[..<(end - 1)])
  }

  /// The first verb of `range` outside quotations, where the subject before it ends. A word
  /// spelt like a verb after an article, a possessive determiner or an adjective qualifying a
  /// title is a noun ("a former state treasurer"; not after "this" or "her", which may
  /// stand alone: "This angered …").
  func firstVerb(in range: Range<Int>) -> Int? {
    let tokens = document.tokens
    return range.first { index in
      context.passageOfToken[optional: index] == nil && tokens[index].isWord && !tokens[index].isCapitalized
        && document.isVerb(index, strict: true) && (index == 0 || !Self.nounOpeners.contains(tokens.lower(index - 1)))
    }
  }

  /// Words after which a word spelt like a verb is a noun: articles, possessive determiners that
  /// are no pronoun alone, and adjectives qualifying a title.
  static let nounOpeners: Set<String> = WordList.words("a an the his its their our my your former ex acting incoming outgoing")
}
