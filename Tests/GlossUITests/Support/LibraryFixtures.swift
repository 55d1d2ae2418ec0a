import Foundation
import GlossCore
import GlossTestSupport

@testable import GlossUI

/// Small real libraries for the library view's tests: temporary folders of sample articles
/// (and an unreadable file), read with a cache of their own, in a state whose background
/// reading has finished.
enum LibraryFixtures {
  /// `Tests/GlossUITests/Fixtures/xi-library/`: two short articles quoting Xi Jinping, one
  /// calling him "Xi", the other "President Xi Jinping"; with the THAAD sample ("Xi Jinping")
  /// he is one actor across three articles. The end-to-end tests open the same files.
  static let xiFolder = ReaderFixtures.root.appendingPathComponent("Tests/GlossUITests/Fixtures/xi-library")

  /// A new folder holding the files of `copying` (folders), `samples` copied from `Samples/`,
  /// and `broken.txt` (NUL bytes: not an article) when `broken`.
  static func folder(copying folders: [URL] = [], samples: [String], broken: Bool = false) throws -> String {
    let folder = try TemporaryFolder.make()
    for source in folders {
      for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
        try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
      }
    }
    for sample in samples {
      let source = ReaderFixtures.root.appendingPathComponent("Samples/" + sample)
      try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(source.lastPathComponent))
    }
    if broken { try Data("abc\0def".utf8).write(to: folder.appendingPathComponent("broken.txt")) }
    return folder.path
  }

  /// A reader with a new, empty cache.
  static func reader() throws -> LibraryReader {
    LibraryReader(cache: AnnotationCache(directory: try TemporaryFolder.make().path))
  }

  /// The library of `folder` on a `width`×`height` screen, before any article is read.
  static func state(_ folder: String, width: Int = 120, height: Int = 30) -> LibraryState {
    LibraryState(library: Library.open([folder]), title: "news", width: width, height: height)
  }

  /// Runs the background load of `state`'s library to its end and gives the state its news.
  static func loaded(_ state: LibraryState, reader: LibraryReader? = nil, folder: String) throws -> LibraryState {
    var state = state
    let load = try LibraryLoad(items: state.items, reader: reader ?? Self.reader(), environment: ["XDG_DATA_HOME": folder + "/data"])
    load.start()
    guard load.waitUntilStopped(timeout: 120) else { throw LibraryFixtureError() }
    for news in load.takeNews() { state.record(news) }
    return state
  }

}

extension LibraryState {
  /// Feeds `keys` one by one, as typed; returns the last effect.
  @discardableResult
  mutating func type(_ keys: String) -> LibraryEffect? {
    var effect: LibraryEffect?
    for character in keys { effect = update(.key(.character(character))) }
    return effect
  }

  /// Feeds one key.
  @discardableResult
  mutating func press(_ key: Key) -> LibraryEffect? { update(.key(key)) }

  /// The screen as text lines with the built-in theme.
  var screen: [String] { LibraryView(state: self, theme: .builtin).render().lines }

  /// The status line's text.
  var statusLine: String { screen.last ?? "" }

  /// The rows of the list on screen (below the title bar and the column header).
  var listLines: [String] { Array(screen.dropFirst(2).dropLast()).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
}

/// The background load did not finish in time.
struct LibraryFixtureError: Error {}
