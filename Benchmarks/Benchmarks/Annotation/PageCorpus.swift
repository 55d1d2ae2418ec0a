import Foundation

/// The saved web pages of trafilatura's benchmark, read into memory for the extraction
/// benchmark: every page its `tests/evaldata.json` lists, from `tests/cache` or `tests/eval` of
/// the folder `../shared/eval/setup.sh` lays out (`$GLOSS_DEV_DATA/trafilatura`, by default
/// `/tmp/gloss-dev-data/trafilatura`). The pages belong to their publishers, so the repository
/// holds none of them; without the folder the benchmark is not registered.
struct PageCorpus: Sendable {
  /// Each page's file name and bytes, by name.
  let pages: [(name: String, data: Data)]

  /// The folder the pages are read from.
  static var directory: URL {
    let data = ProcessInfo.processInfo.environment["GLOSS_DEV_DATA"] ?? "/tmp/gloss-dev-data"
    return URL(fileURLWithPath: data).appendingPathComponent("trafilatura/tests")
  }

  /// True when the pages have been laid out.
  static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: directory.appendingPathComponent("cache").path)
  }

  /// Reads every page `evaldata.json` lists (a file in `cache`, else in `eval`), sorted by
  /// name so that runs compare.
  init() throws {
    let index = try Data(contentsOf: Self.directory.appendingPathComponent("evaldata.json"))
    let entries = try JSONSerialization.jsonObject(with: index) as? [String: [String: Any]] ?? [:]
    var pages: [(name: String, data: Data)] = []
    for name in Set(entries.values.compactMap { $0["file"] as? String }) {
      let candidates = ["cache", "eval"].map {
        Self.directory.appendingPathComponent($0).appendingPathComponent(name)
      }
      if let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
        pages.append((name, try Data(contentsOf: file)))
      }
    }
    self.pages = pages.sorted { $0.name < $1.name }
  }

  /// The pages' total size in bytes.
  var byteCount: Int { pages.reduce(0) { $0 + $1.data.count } }
}
