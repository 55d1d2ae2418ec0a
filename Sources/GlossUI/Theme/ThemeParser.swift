import TOMLKit

/// Reads helix-style theme files: an optional `inherits = "NAME"`, an optional `background =
/// "dark"|"light"` (the terminal background it is made for, inherited; dark when unsaid),
/// scopes mapped to a colour
/// (the foreground) or a table with `fg`, `bg` and `modifiers`, and a `[palette]` of named
/// colours (last in the file: TOML puts every key after a table header into that table).
/// Scopes may be quoted dotted keys (`"ui.status" = …`) or nested tables.
///
/// Colour names are resolved after inheritance, against the merged palette, so a child theme
/// that only redefines palette colours recolours every scope of its parent (as `light` does).
struct ThemeParser {
  /// Finds the file of an inherited theme by name.
  let locator: ThemeLocator

  /// A scope as written, colours still by name, with the file it came from for errors.
  private struct Entry {
    var foreground: String?
    var background: String?
    var attributes: Attributes
    var file: TOMLFile
  }

  /// The theme in the file at `path`, with what it inherits merged underneath.
  func parse(path: String, name: String) throws(ConfigError) -> Theme {
    let (entries, palette, backdrop) = try read(path: path, seen: [name])
    var styles: [String: Style] = [:]
    for (scope, entry) in entries {
      styles[scope] = Style(
        foreground: try Self.color(entry.foreground, palette, entry.file),
        background: try Self.color(entry.background, palette, entry.file), attributes: entry.attributes)
    }
    return Theme(name: name, styles: styles, backdrop: backdrop ?? .dark)
  }

  /// The scopes, palette and backdrop of the file at `path` over its ancestors' (`seen` stops
  /// cycles).
  private func read(path: String, seen: Set<String>) throws(ConfigError)
    -> (entries: [String: Entry], palette: [String: Color], backdrop: Backdrop?)
  {
    let file = try TOMLFile(path: path)
    var entries: [String: Entry] = [:]
    var palette: [String: Color] = [:]
    var backdrop: Backdrop?
    if let parent = file.table["inherits"]?.string {
      guard !seen.contains(parent), let parentPath = locator.path(forTheme: parent) else {
        throw file.error("cannot inherit theme \"\(parent)\"", near: parent)
      }
      (entries, palette, backdrop) = try read(path: parentPath, seen: seen.union([parent]))
    }
    if let value = file.table["background"]?.string {
      guard let named = Backdrop(rawValue: value) else {
        throw file.error("background must be \"dark\" or \"light\"", near: value)
      }
      backdrop = named
    }
    if let table = file.table["palette"]?.table {
      for key in table.keys {
        guard let value = table[key]?.string, let color = ColorName.parse(value, palette: [:]) else {
          throw file.error("palette colour \"\(key)\" is not a colour (use #rrggbb or a name)", near: key)
        }
        palette[key] = color
      }
    }
    let keys = file.table.keys.filter { !["inherits", "background", "palette"].contains($0) }
    try Self.collect(file.table, keys: keys, prefix: "", file: file, into: &entries)
    return (entries, palette, backdrop)
  }

  /// Adds every scope under `table` to `entries`, flattened to dotted names.
  private static func collect(
    _ table: TOMLTable, keys: [String], prefix: String, file: TOMLFile, into entries: inout [String: Entry]
  ) throws(ConfigError) {
    let styleKeys = ["fg", "bg", "modifiers"]
    for key in keys {
      let scope = prefix.isEmpty ? key : prefix + "." + key
      if let colour = table[key]?.string {
        entries[scope] = Entry(foreground: colour, attributes: [], file: file)
      } else if let inner = table[key]?.table {
        if inner.keys.contains(where: styleKeys.contains) {
          var attributes: Attributes = []
          for modifier in inner["modifiers"]?.array ?? [] {
            guard let name = modifier.string, let attribute = Attributes(name: name) else {
              throw file.error("unknown modifier in \"\(scope)\" (bold, dim, italic, underlined, reversed)", near: key)
            }
            attributes.insert(attribute)
          }
          entries[scope] = Entry(
            foreground: inner["fg"]?.string, background: inner["bg"]?.string, attributes: attributes, file: file)
        }
        let nested = inner.keys.filter { !styleKeys.contains($0) }
        try collect(inner, keys: nested, prefix: scope, file: file, into: &entries)
      } else {
        throw file.error("\"\(scope)\" must be a colour or a table with fg, bg, modifiers", near: key)
      }
    }
  }

  private static func color(_ value: String?, _ palette: [String: Color], _ file: TOMLFile) throws(ConfigError) -> Color? {
    guard let value, !["default", "reset", "none"].contains(value) else { return nil }
    guard let color = ColorName.parse(value, palette: palette) else {
      throw file.error("unknown colour \"\(value)\"", near: value)
    }
    return color
  }
}
