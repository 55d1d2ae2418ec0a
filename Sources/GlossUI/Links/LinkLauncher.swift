/// How the reader opens a link: which URLs it lets out (`http`, `https`, `mailto`) and which
/// program it runs with which arguments. Pure, so the rules are tested without starting anything;
/// the curses loop runs the command without a shell.
public enum LinkLauncher {
  /// The schemes a link may have to be opened.
  public static let schemes: Set<String> = ["http", "https", "mailto"]

  /// A program to start and its arguments: the URL is always exactly one argument.
  public struct Command: Equatable, Sendable {
    /// The program's path, or its name to look up in `PATH`.
    public var program: String
    public var arguments: [String]
  }

  /// The scheme of `url`, lowercased (`"https"`), or nil when it has none.
  public static func scheme(of url: String) -> String? {
    guard let colon = url.firstIndex(of: ":") else { return nil }
    let scheme = url[..<colon]
    guard let first = scheme.first, first.isASCII, first.isLetter,
      scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
    else { return nil }
    return scheme.lowercased()
  }

  /// Whether `url` may be opened: its scheme is `http`, `https` or `mailto`.
  public static func allows(_ url: String) -> Bool {
    scheme(of: url).map(schemes.contains) ?? false
  }

  /// What to run to open `url`: the first program of `$BROWSER` (a `:`-separated list, each
  /// entry a program, never a command line), else `xdg-open`; nil when the URL is not allowed.
  public static func command(for url: String, environment: [String: String]) -> Command? {
    guard allows(url) else { return nil }
    let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init)
    return Command(program: browser ?? "xdg-open", arguments: [url])
  }

  /// The path of `program`: itself when it names a path, else the first executable of that name
  /// in `path` (the `PATH` variable); nil when there is none.
  public static func resolve(
    _ program: String, path: String?, isExecutable: (String) -> Bool
  ) -> String? {
    if program.contains("/") { return isExecutable(program) ? program : nil }
    let directories = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    return directories.map { "\($0)/\(program)" }.first(where: isExecutable)
  }

  /// Why `url` was not opened, for the status line.
  public static func refusal(_ url: String) -> String {
    "Not opened: only http, https and mailto links (\(url))"
  }
}
