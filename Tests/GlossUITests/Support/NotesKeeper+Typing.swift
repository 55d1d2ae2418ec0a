import GlossCore

@testable import GlossUI

extension NotesKeeper {
  /// Feeds `keys` to `state` one by one, as typed, carrying out the notes effects as the curses
  /// loop does; returns the last effect left to the loop (`.quit`, say).
  @discardableResult
  func type(_ keys: String, into state: inout ReaderState) -> ReaderEffect? {
    var left: ReaderEffect?
    for character in keys { left = carryOut(state.update(.key(.character(character))), in: &state) }
    return left
  }

  /// Feeds one key, as `type(_:into:)` does.
  @discardableResult
  func press(_ key: Key, into state: inout ReaderState) -> ReaderEffect? {
    carryOut(state.update(.key(key)), in: &state)
  }

  /// Carries out `effect` when it is about notes; returns it otherwise.
  private func carryOut(_ effect: ReaderEffect?, in state: inout ReaderState) -> ReaderEffect? {
    switch effect {
    case .saveNote(let change): save(change, in: &state)
    case .exportNotes(let path, let format): export(to: path, as: format, in: &state)
    default: return effect
    }
    return nil
  }
}
