extension ReaderState {
  /// A key typed in the note editor: `Enter` saves, `Esc` cancels (asking first when something
  /// was typed: `y` discards, any other key goes back to the text), other keys edit.
  mutating func type(_ key: Key, into editor: NoteEditor) -> ReaderEffect? {
    var editor = editor
    if editor.isConfirmingDiscard {
      if key == .character("y") {
        overlay = .none
        say(StatusMessage("Note discarded"))
      } else {
        editor.isConfirmingDiscard = false
        overlay = .editor(editor)
      }
      return nil
    }
    switch key {
    case .enter:
      return saveEditor(editor)
    case .escape:
      if editor.hasChanges {
        editor.isConfirmingDiscard = true
        overlay = .editor(editor)
      } else {
        overlay = .none
      }
    default:
      if editor.edit(key) { overlay = .editor(editor) }
    }
    return nil
  }
}
