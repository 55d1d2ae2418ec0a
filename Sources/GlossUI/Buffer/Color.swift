/// A colour as a theme names it, before it is fitted to what the terminal can show.
public enum Color: Hashable, Sendable {
  /// One of the 16 ANSI colours (0–7 normal, 8–15 bright), which the user's terminal defines.
  case ansi(Int)
  /// An entry of the xterm 256-colour palette.
  case indexed(Int)
  /// A 24-bit colour.
  case rgb(UInt8, UInt8, UInt8)

  /// The colour as red, green and blue, using the xterm palette for indexed and ANSI colours.
  var components: (Int, Int, Int) {
    switch self {
    case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
    case .ansi(let n): return Color.ansiComponents[min(max(n, 0), 15)]
    case .indexed(let n):
      if n < 16 { return Color.ansiComponents[max(n, 0)] }
      if n >= 232 {
        let level = 8 + 10 * (min(n, 255) - 232)
        return (level, level, level)
      }
      let cube = n - 16
      return (Color.cubeLevels[cube / 36], Color.cubeLevels[(cube / 6) % 6], Color.cubeLevels[cube % 6])
    }
  }

  /// The colour fitted to `depth`: the nearest palette entry when the terminal has fewer colours,
  /// nil when it shows none.
  public func fitted(to depth: ColorDepth) -> Color? {
    switch (depth, self) {
    case (.none, _): return nil
    case (.truecolor, _), (.indexed256, .ansi), (.indexed256, .indexed), (.ansi16, .ansi): return self
    case (.indexed256, .rgb): return .indexed(nearestIndexed())
    case (.ansi16, _): return .ansi(nearestANSI())
    }
  }

  /// The nearest entry of the 256-colour palette outside the user-defined first 16.
  func nearestIndexed() -> Int {
    (16...255).min { Color.distance(Color.indexed($0).components, components) < Color.distance(Color.indexed($1).components, components) }!
  }

  /// The nearest of the 16 ANSI colours, by their usual xterm values.
  func nearestANSI() -> Int {
    (0...15).min { Color.distance(Color.ansiComponents[$0], components) < Color.distance(Color.ansiComponents[$1], components) }!
  }

  static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db
  }

  static let cubeLevels = [0, 95, 135, 175, 215, 255]

  static let ansiComponents: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
    (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]
}

/// How many colours the terminal can show, from most to fewest.
public enum ColorDepth: String, Sendable {
  case truecolor
  case indexed256 = "256"
  case ansi16 = "16"
  /// No colour at all (`NO_COLOR`, a monochrome terminal): styles keep only their attributes.
  case none

  /// The depth for a terminal that reports `colors` colours in terminfo, given the environment.
  ///
  /// `NO_COLOR` (set and not empty) wins. 24-bit colour needs a terminfo entry that takes direct
  /// colours (`TERM=xterm-direct`, 2^24 colours): ncurses cannot send them through a 256-colour
  /// entry, so `COLORTERM=truecolor` alone gives 256 colours.
  public static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
    if colors >= 1 << 24 { return .truecolor }
    if colors >= 256 { return .indexed256 }
    if colors >= 8 { return .ansi16 }
    return .none
  }
}
