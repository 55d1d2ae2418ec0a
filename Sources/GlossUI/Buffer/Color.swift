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

  /// The colour fitted to `depth`: the nearest palette entry when the terminal has fewer colours
  /// (a bright ANSI colour becomes its normal one on 8 colours), nil when it shows none.
  public func fitted(to depth: ColorDepth) -> Color? {
    switch (depth, self) {
    case (.none, _): return nil
    case (.truecolor, _), (.indexed256, .ansi), (.indexed256, .indexed), (.ansi16, .ansi): return self
    case (.indexed256, .rgb): return .indexed(nearestIndexed())
    case (.ansi16, _): return .ansi(nearestANSI())
    case (.ansi8, .ansi(let index)): return .ansi(index % 8)
    case (.ansi8, _): return .ansi(nearestANSI() % 8)
    }
  }

  /// The nearest entry of the 256-colour palette outside the user-defined first 16.
  func nearestIndexed() -> Int {
    (16...255).min { Color.distance(Color.indexed($0).components, components) < Color.distance(Color.indexed($1).components, components) }!
  }

  /// The ANSI colour (0–15) of the same hue: a pale or muted colour keeps its hue rather than
  /// falling to the grey nearest by distance (pastel green, red and blue all would), light ones
  /// take the bright variant; colours with little chroma go to the grey of their lightness.
  func nearestANSI() -> Int {
    let (red, green, blue) = components
    let high = max(red, green, blue)
    let low = min(red, green, blue)
    let lightness = (high + low) / 2
    guard high - low >= 48 else {
      switch lightness {
      case ..<64: return 0
      case ..<170: return 8
      case ..<215: return 7
      default: return 15
      }
    }
    let chroma = Double(high - low)
    let hue: Double
    switch high {
    case red: hue = (60 * Double(green - blue) / chroma + 360).truncatingRemainder(dividingBy: 360)
    case green: hue = 60 * Double(blue - red) / chroma + 120
    default: hue = 60 * Double(red - green) / chroma + 240
    }
    // Boundaries set by eye rather than at equal angles: orange reads as yellow, not red.
    let base: Int
    switch hue {
    case 20..<80: base = 3
    case 80..<160: base = 2
    case 160..<200: base = 6
    case 200..<260: base = 4
    case 260..<340: base = 5
    default: base = 1
    }
    return lightness >= 128 ? base + 8 : base
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
  /// The 8 normal ANSI colours (`TERM=xterm`, `rxvt`): bright ones show as normal ones.
  case ansi8 = "8"
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
    if colors >= 16 { return .ansi16 }
    if colors >= 8 { return .ansi8 }
    return .none
  }
}
