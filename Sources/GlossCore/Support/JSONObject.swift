/// The members of a JSON object in order: the order they were built in (an export's documented
/// key order) or read in. A key appears once; setting a key that is there replaces its value in
/// place, setting a new one appends it, and setting nil removes it, so an object read from a file
/// keeps its shape when Gloss writes its own fields over it.
struct JSONObject: Sendable, Equatable, ExpressibleByDictionaryLiteral, RandomAccessCollection {
  /// One `"key": value` pair of an object.
  struct Member: Sendable, Equatable {
    var key: String
    var value: JSONValue
  }

  private(set) var members: [Member]

  /// An object of `members` in their order; a key given twice keeps its first place and its last value.
  init(_ members: [Member] = []) {
    var places: [String: Int] = [:]
    var kept: [Member] = []
    kept.reserveCapacity(members.count)
    for member in members {
      // Small objects (every export's) are checked by a scan, large ones (a file's) by a table.
      let place =
        members.count <= 16 ? kept.firstIndex { $0.key == member.key } : places[member.key]
      if let place {
        kept[place].value = member.value
      } else {
        if members.count > 16 { places[member.key] = kept.count }
        kept.append(member)
      }
    }
    self.members = kept
  }

  /// An object written in code: its keys are known to differ (checked in debug builds only),
  /// so the members are taken as they are, with no search for duplicates; the exports build
  /// every span, quote and entity this way.
  init(dictionaryLiteral elements: (String, JSONValue)...) {
    members = elements.map { Member(key: $0.0, value: $0.1) }
    assert(Set(elements.map(\.0)).count == elements.count, "a key written twice in an object literal")
  }

  var startIndex: Int { members.startIndex }
  var endIndex: Int { members.endIndex }
  subscript(position: Int) -> Member { members[position] }

  /// The value of `key`, if the object has it; nil removes the member.
  subscript(key: String) -> JSONValue? {
    get { members.first { $0.key == key }?.value }
    set {
      let index = members.firstIndex { $0.key == key }
      switch (index, newValue) {
      case (let index?, let value?): members[index].value = value
      case (let index?, nil): members.remove(at: index)
      case (nil, let value?): members.append(Member(key: key, value: value))
      case (nil, nil): break
      }
    }
  }

  /// Adds the members of `other` in their order; for a key both have, `combine` picks the value
  /// (given this object's first), which stays in this object's place.
  mutating func merge(_ other: JSONObject, uniquingKeysWith combine: (JSONValue, JSONValue) -> JSONValue) {
    for member in other.members {
      self[member.key] = self[member.key].map { combine($0, member.value) } ?? member.value
    }
  }

  /// This object with the members of `other` added, as ``merge(_:uniquingKeysWith:)`` does.
  func merging(_ other: JSONObject, uniquingKeysWith combine: (JSONValue, JSONValue) -> JSONValue) -> JSONObject {
    var merged = self
    merged.merge(other, uniquingKeysWith: combine)
    return merged
  }
}
