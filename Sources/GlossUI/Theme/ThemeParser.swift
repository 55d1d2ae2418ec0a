import TOMLKit

/// Reads helix-style theme files: an optional `inherits = "NAME"`, a `[palette]` of named
/// colours, and scopes mapped to a colour (the foreground) or a table with `fg`, `bg` and
/// `modifiers`. Scopes may be quoted dotted keys (`"ui.status" = …`) or nested tables.
struct ThemeParser {
  /// Finds the file of an inherited theme by name.
  let locator: ThemeLocator

  /// The theme in the file at `path`, with what it inherits merged underneath.
  func parse(path: String, name: String) throws(ConfigError) -> Theme {
    Theme(name: name, styles: try parse(path: path, seen: [name]).styles)
  }

  /// The styles and palette of the file at `path` and its ancestors (`seen` stops cycles).
  private func parse(path: String, seen: Set<String>) throws(ConfigError)
    -> (styles: [String: Style], palette: [String: Color])
  {
    let file = try TOMLFile(path: path)
    var inherited: (styles: [String: Style], palette: [String: Color]) = ([:], [:])
    if let parent = file.table["inherits"]?.string {
      guard !seen.contains(parent), let parentPath = locator.path(forTheme: parent) else {
        throw file.error("cannot inherit theme \"\(parent)\"", near: parent)
      }
      inherited = try parse(path: parentPath, seen: seen.union([parent]))
    }
    let palette = try Self.palette(of: file, into: inherited.palette)
    var styles = inherited.styles
    let keys = file.table.keys.filter { $0 != "inherits" && $0 != "palette" }
    for (scope, style) in try Self.scopes(of: file.table, keys: keys, prefix: "", palette: palette, file: file) {
      styles[scope] = style
    }
    return (styles, palette)
  }

  static func palette(of file: TOMLFile, into palette: [String: Color]) throws(ConfigError) -> [String: Color] {
    var palette = palette
    guard let table = file.table["palette"]?.table else { return palette }
    for key in table.keys {
      guard let value = table[key]?.string, let color = ColorName.parse(value, palette: [:]) else {
        throw file.error("palette colour \"\(key)\" is not a colour (use #rrggbb or a name)", near: key)
      }
      palette[key] = color
    }
    return palette
  }

  /// Every scope under `table`, flattened to dotted names.
  static func scopes(
    of table: TOMLTable, keys: [String], prefix: String, palette: [String: Color], file: TOMLFile
  ) throws(ConfigError) -> [(String, Style)] {
    var result: [(String, Style)] = []
    for key in keys {
      let scope = prefix.isEmpty ? key : prefix + "." + key
      guard let value = table[key] else { continue }
      if let colour = value.string {
        result.append((scope, Style(foreground: try color(colour, palette, file))))
      } else if let inner = value.table {
        let styleKeys = ["fg", "bg", "modifiers"]
        if inner.keys.contains(where: styleKeys.contains) {
          result.append((scope, try style(inner, scope: scope, palette: palette, file: file)))
        }
        let nested = inner.keys.filter { !styleKeys.contains($0) }
        result += try scopes(of: inner, keys: nested, prefix: scope, palette: palette, file: file)
      } else {
        throw file.error("\"\(scope)\" must be a colour or a table with fg, bg, modifiers", near: key)
      }
    }
    return result
  }

  static func style(_ table: TOMLTable, scope: String, palette: [String: Color], file: TOMLFile)
    throws(ConfigError) -> Style
  {
    var style = Style()
    if let fg = table["fg"]?.string { style.foreground = try color(fg, palette, file) }
    if let bg = table["bg"]?.string { style.background = try color(bg, palette, file) }
    for modifier in table["modifiers"]?.array ?? [] {
      guard let name = modifier.string, let attribute = Attributes(name: name) else {
        throw file.error("unknown modifier in \"\(scope)\" (bold, dim, italic, underlined, reversed)", near: scope)
      }
      style.attributes.insert(attribute)
    }
    return style
  }

  static func color(_ value: String, _ palette: [String: Color], _ file: TOMLFile) throws(ConfigError) -> Color? {
    if ["default", "reset", "none"].contains(value) { return nil }
    guard let color = ColorName.parse(value, palette: palette) else {
      throw file.error("unknown colour \"\(value)\"", near: value)
    }
    return color
  }
}

/// Colour names theme files may use besides their palette: `#rrggbb`, `#rgb`, the 16 ANSI
/// names (`red`, `light-red` …), and palette numbers 0–255.
enum ColorName {
  static let ansi = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "gray",
    "light-gray", "light-red", "light-green", "light-yellow", "light-blue", "light-magenta", "light-cyan", "white",
  ]

  static func parse(_ value: String, palette: [String: Color]) -> Color? {
    if let color = palette[value] { return color }
    if let index = ansi.firstIndex(of: value) { return .ansi(index) }
    if let number = Int(value), (0...255).contains(number) { return number < 16 ? .ansi(number) : .indexed(number) }
    guard value.hasPrefix("#") else { return nil }
    var hex = String(value.dropFirst())
    if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
    guard hex.count == 6, let rgb = UInt32(hex, radix: 16) else { return nil }
    return .rgb(UInt8(rgb >> 16), UInt8((rgb >> 8) & 0xFF), UInt8(rgb & 0xFF))
  }
}
