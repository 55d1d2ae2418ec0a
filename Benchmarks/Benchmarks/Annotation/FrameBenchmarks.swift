import Benchmark
import Corpora
import Foundation
import GlossCore
import GlossUI

/// The reader's frame and keystroke costs: building a full 200×60 frame (every pane, all
/// highlighting on) at the top, middle and end of the THAAD sample and of the 20 MB and 100 MB
/// corpora, and handling a scroll step and a quote jump (with the frame after it) there. A frame reads only the visible rows, so
/// its cost must not grow with the document.
enum FrameBenchmarks {
  /// Where in the document a frame is taken.
  enum Position: String, CaseIterable {
    case top, middle, end
  }

  static func register() {
    let configuration = Benchmark.Configuration(
      metrics: [.wallClock, .cpuTotal, .mallocCountTotal], timeUnits: .microseconds,
      warmupIterations: 10, maxDuration: .seconds(5), maxIterations: 500)
    for (name, megabytes) in [("THAAD", 0), ("20 MB", 20), ("100 MB", 100)] where megabytes <= CorpusSize.limit {
      for position in Position.allCases {
        Benchmark("Frame 200x60 \(name) \(position.rawValue)", configuration: configuration) {
          (benchmark: Benchmark, screen: Screen) in
          for _ in benchmark.scaledIterations {
            blackHole(ReaderView(state: screen.state, theme: screen.theme).render())
          }
        } setup: {
          try Screen(megabytes: megabytes, position: position)
        }
      }
      for (label, key) in [("scroll j", Character("j")), ("quote ]", Character("]"))] {
        for position in Position.allCases {
          Benchmark("Key \(label) \(name) \(position.rawValue)", configuration: configuration) {
            (benchmark: Benchmark, screen: Screen) in
            for _ in benchmark.scaledIterations {
              var state = screen.state
              blackHole(state.update(.key(.character(key))))
              blackHole(ReaderView(state: state, theme: screen.theme).render())
            }
          } setup: {
            try Screen(megabytes: megabytes, position: position)
          }
        }
      }
    }
  }

  /// A reader state on a 200×60 screen, scrolled to a position, with the default theme.
  struct Screen: Sendable {
    let state: ReaderState
    let theme: Theme

    /// The THAAD sample when `megabytes` is 0, else a corpus of that size.
    init(megabytes: Int, position: Position) throws {
      let article =
        megabytes == 0
        ? try ArticleLoader().load(SampleArticle.directory.appendingPathComponent("thaad-south-korea-china.txt").path).article
        : try Corpus(megabytes: megabytes).load()
      let document = ReaderDocument(article: article, annotations: Annotator().annotate(article))
      var state = ReaderState(document: document, width: 200, height: 60)
      switch position {
      case .top: break
      case .middle: state.bodyTop = state.body.rows.count / 2
      case .end: _ = state.update(.key(.character("G")))
      }
      self.state = state
      let themes = SampleArticle.directory.deletingLastPathComponent().appendingPathComponent("Themes").path
      theme = try ThemeLoader(locator: ThemeLocator(directories: [themes])).loadExactly("default")
    }
  }
}
