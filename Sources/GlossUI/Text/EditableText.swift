/// Text being typed and a cursor in it, edited by keys as in a shell or vim's insert mode:
/// arrows, `Home`/`End`, `Backspace`/`Delete`, `Ctrl-W` deletes a word, `Ctrl-U` the line
/// before the cursor, `Ctrl-J` starts a new line. The note editor and the status-line prompts
/// both edit through it.
public struct EditableText: Hashable, Sendable {
  /// The text, line breaks included, as graphemes so the cursor never splits one.
  public private(set) var characters: [Character]
  /// The cursor: the index in `characters` it stands before.
  public private(set) var cursor: Int

  /// `text` with the cursor at its end.
  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  /// Applies an editing key; returns false for a key that does not edit text.
  public mutating func edit(_ key: Key) -> Bool {
    switch key {
    case .character("\u{0A}"): insert("\n")
    case .character("\u{17}"): deleteWord()
    case .character("\u{15}"): deleteToLineStart()
    case .character(let character) where !Sanitizer.isUnsafe(character.unicodeScalars.first!): insert(character)
    case .backspace where cursor > 0:
      cursor -= 1
      characters.remove(at: cursor)
    case .delete where cursor < characters.count: characters.remove(at: cursor)
    case .left: cursor = max(cursor - 1, 0)
    case .right: cursor = min(cursor + 1, characters.count)
    case .home: cursor = lineStart
    case .end: cursor = lineEnd(from: cursor)
    case .up: moveLine(by: -1)
    case .down: moveLine(by: 1)
    case .backspace, .delete: break
    default: return false
    }
    return true
  }

  private mutating func insert(_ character: Character) {
    characters.insert(character, at: cursor)
    cursor += 1
  }

  /// Ctrl-W: deletes the spaces before the cursor and the word before them, within the line.
  private mutating func deleteWord() {
    var start = cursor
    while start > lineStart, characters[start - 1].isWhitespace { start -= 1 }
    while start > lineStart, !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// Ctrl-U: deletes from the start of the line to the cursor.
  private mutating func deleteToLineStart() {
    let start = lineStart
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// The index where the cursor's line starts.
  private var lineStart: Int { lineStart(before: cursor) }

  private func lineStart(before index: Int) -> Int {
    (characters[..<index].lastIndex(of: "\n") ?? -1) + 1
  }

  private func lineEnd(from index: Int) -> Int {
    characters[index...].firstIndex(of: "\n") ?? characters.count
  }

  /// Moves to the same column (in characters, or the line's end) of the line above or below.
  private mutating func moveLine(by step: Int) {
    let column = cursor - lineStart
    if step < 0 {
      guard lineStart > 0 else { return cursor = 0 }
      let start = lineStart(before: lineStart - 1)
      cursor = min(start + column, lineStart - 1)
    } else {
      let end = lineEnd(from: cursor)
      guard end < characters.count else { return cursor = characters.count }
      cursor = min(end + 1 + column, lineEnd(from: end + 1))
    }
  }
}
