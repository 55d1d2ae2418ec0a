import CNCursesW
import GlossUI

/// Turns styles into curses attributes and colour pairs for a terminal of a given depth,
/// allocating each pair once (`alloc_pair`). Colours the terminal lacks are fitted to the
/// nearest it has, never to the colour behind the text; without colour only the attributes
/// remain.
@MainActor
struct CursesPalette {
  let depth: ColorDepth
  /// The background the theme is made for; changing it forgets the fitted styles.
  var backdrop = Backdrop.dark {
    didSet { if backdrop != oldValue { cache = [:] } }
  }
  private var cache: [Style: (attr_t, Int32)] = [:]

  init(depth: ColorDepth) {
    self.depth = depth
  }

  mutating func attributes(for style: Style) -> (attr_t, Int32) {
    if let known = cache[style] { return known }
    let fitted = style.fitted(to: depth, on: backdrop)
    let flags = fitted.attributes
    let attributes = gloss_attributes(
      flags.contains(.bold) ? 1 : 0, flags.contains(.dim) ? 1 : 0, flags.contains(.italic) ? 1 : 0,
      flags.contains(.underline) ? 1 : 0, flags.contains(.reverse) ? 1 : 0)
    var pair: Int32 = 0
    if fitted.foreground != nil || fitted.background != nil {
      pair = max(alloc_pair(number(fitted.foreground), number(fitted.background)), 0)
    }
    cache[style] = (attributes, pair)
    return (attributes, pair)
  }

  /// The curses colour number of `color` (-1: the terminal's default).
  private func number(_ color: Color?) -> Int32 {
    switch color {
    case nil: return -1
    case .ansi(let index): return Int32(index)
    case .indexed(let index): return Int32(index)
    case .rgb(let red, let green, let blue): return Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
    }
  }
}
