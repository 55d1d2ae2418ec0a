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
