/// What is open over the panes.
public enum Overlay: Hashable, Sendable {
  case none
  /// The key help, scrolled down by a number of lines.
  case help(scroll: Int)
  case prompt(Prompt)
}

/// A line being typed on the status line: a `:` command or a `/` search.
public struct Prompt: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case command, search
  }

  public var kind: Kind
  public var text = ""

  /// The character the prompt shows before the text.
  public var leader: String { kind == .command ? ":" : "/" }
}
