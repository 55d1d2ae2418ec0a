import Benchmark
import Corpora
import Foundation
import GlossCore
import GlossUI

/// The library view over the 10,000-article ``LibraryCorpus``: the list ready from a warm cache
/// (opened, filled from the cache, its state made and its first frame drawn), and single
/// keystrokes with the frame they draw in the actors view (j, a character typed into the `/`
/// filter, the sort key) and in the articles' list, on a state whose actors are indexed.
enum LibraryViewBenchmarks {
  static func register() {
    let configuration = Benchmark.Configuration(
      metrics: [.wallClock, .cpuTotal, .peakMemoryResidentDelta],
      timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 10)
    let count = LibraryBenchmarks.articleCount

    Benchmark("Library view ready \(count) warm cache", configuration: configuration) {
      (benchmark: Benchmark, corpus: LibraryCorpus) in
      var library = Library.open([corpus.articles.path])
      library.fillFromCache(corpus.reader)
      let state = LibraryState(library: library, title: "articles", width: 200, height: 60)
      blackHole(LibraryView(state: state, theme: .builtin).render())
    } setup: {
      try LibraryBenchmarks.warmCorpus()
    }

    let keystroke = Benchmark.Configuration(
      metrics: [.wallClock, .cpuTotal], timeUnits: .microseconds, warmupIterations: 5,
      maxDuration: .seconds(20), maxIterations: 200)
    // Each iteration is one keystroke and the frame it draws. The filter's iterations type
    // "n" after "/a" and take it back with Backspace in turn (narrowing, then filtering the
    // whole list again); j and s are pressed as they are.
    let keys: [(name: String, screen: String, keys: [Key])] = [
      ("j", "actors", [.character("j")]),
      ("filter typing", "actors", [.character("n"), .backspace]),
      ("sort", "actors", [.character("s")]),
      ("j", "articles", [.character("j")]),
      ("filter typing", "articles", [.character("n"), .backspace]),
      ("sort", "articles", [.character("s")]),
    ]
    for (name, screen, keys) in keys {
      Benchmark("Library \(screen) keystroke \(name) \(count)", configuration: keystroke) {
        (benchmark: Benchmark, box: StateBox) in
        _ = box.state.update(.key(keys[box.pressed % keys.count]))
        box.pressed += 1
        blackHole(LibraryView(state: box.state, theme: .builtin).render())
      } setup: {
        let box = StateBox(try indexedState())
        if screen == "actors" { _ = box.state.update(.key(.character("A"))) }
        if name == "filter typing" { for key in "/a" { _ = box.state.update(.key(.character(key))) } }
        return box
      }
    }
  }

  /// The corpus's library state with every article read and the actors indexed, as the
  /// background load leaves it (built once, shared by the keystroke benchmarks).
  static func indexedState() throws -> LibraryState {
    if let state = indexed.withLock({ $0 }) { return state }
    let corpus = try LibraryBenchmarks.warmCorpus()
    let library = Library.open([corpus.articles.path])
    var state = LibraryState(library: library, title: "articles", width: 200, height: 60)
    let load = LibraryLoad(items: library.items, reader: corpus.reader, environment: [:])
    load.start()
    _ = load.waitUntilStopped(timeout: 600)
    for news in load.takeNews() { state.record(news) }
    indexed.withLock { $0 = state }
    return state
  }

  private static let indexed = NSLockedValue<LibraryState?>(nil)
}

/// The state a keystroke benchmark changes in place from one iteration to the next.
final class StateBox: @unchecked Sendable {
  var state: LibraryState
  /// Keys pressed so far.
  var pressed = 0
  init(_ state: LibraryState) { self.state = state }
}

/// A value behind a lock, for the state shared by the benchmarks' setups.
final class NSLockedValue<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value
  init(_ value: Value) { self.value = value }
  func withLock<T>(_ body: (inout Value) -> T) -> T { lock.withLock { body(&value) } }
}
