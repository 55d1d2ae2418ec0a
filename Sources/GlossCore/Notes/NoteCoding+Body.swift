extension NoteCoding {
  /// A body: a `TextualBody` (a stance when its purpose is `classifying` and it has a valid
  /// `stance` member), or any other shape, kept as read.
  static func body(_ node: JSONValue) -> NoteBody {
    guard let members = node.object, let value = members["value"]?.string,
      members["type"].list.contains(.string("TextualBody")) || members["type"] == nil
    else { return NoteBody(content: .other, raw: node) }
    let purpose = members["purpose"].list.first?.string
    if purpose == "classifying", let stance = members["stance"].flatMap(stance) {
      return NoteBody(content: .stance(stance), raw: node)
    }
    return NoteBody(content: .text(value: value, purpose: purpose), raw: node)
  }

  static func node(_ body: NoteBody) -> JSONValue {
    var members = body.raw.object ?? [:]
    switch body.content {
    case .other:
      return body.raw
    case .text(let value, let purpose):
      members["value"] = .string(value)
      members["purpose"] = purpose.map(JSONValue.string)
      members["stance"] = nil
    case .stance(let stance):
      members["value"] = .string(stance.summary)
      members["purpose"] = .string("classifying")
      members["stance"] = node(stance)
    }
    members["type"] = .string("TextualBody")
    return .object(members)
  }

  static func stance(_ node: JSONValue) -> UserStance? {
    guard let members = node.object, let actor = members["actor"]?.string,
      let polarity = members["polarity"]?.string.flatMap(Polarity.init(rawValue:))
    else { return nil }
    return UserStance(actor: actor, polarity: polarity, target: members["target"]?.string)
  }

  static func node(_ stance: UserStance) -> JSONValue {
    var members: JSONObject = [
      "actor": .string(stance.actor), "polarity": .string(stance.polarity.rawValue),
    ]
    members["target"] = stance.target.map(JSONValue.string)
    return .object(members)
  }
}
