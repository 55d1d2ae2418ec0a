import Benchmark
import Foundation
import GlossCore

/// Article extraction from real web pages, in process: `ArticleLoader` on every page of
/// trafilatura's benchmark (``PageCorpus``) — charset, libxml2's parse, furniture, scoring,
/// layout and the passes every format shares — as `gloss extract page.html` does without the
/// process start-up. One iteration reads all pages; the mean time per page is reported.
enum ExtractionBenchmarks {
  static func register() {
    guard PageCorpus.isAvailable else { return }
    let configuration = Benchmark.Configuration(
      metrics: [.wallClock, .cpuTotal, .peakMemoryResidentDelta, .mallocCountTotal, .pageMicroseconds,
        .pagesExtracted],
      timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 5)

    Benchmark("Extract benchmark pages", configuration: configuration) {
      (benchmark: Benchmark, corpus: PageCorpus) in
      let loader = ArticleLoader()
      let start = ContinuousClock.now
      var extracted = 0
      for page in corpus.pages {
        if let loaded = try? loader.load(page.data, name: page.name, format: .html) {
          extracted += 1
          blackHole(loaded)
        }
      }
      let microseconds = (ContinuousClock.now - start) / .microseconds(1)
      benchmark.measurement(.pageMicroseconds, Int(microseconds / Double(max(1, corpus.pages.count))))
      benchmark.measurement(.pagesExtracted, extracted)
    } setup: {
      try PageCorpus()
    }
  }
}

extension BenchmarkMetric {
  /// The mean wall time to extract one page, in microseconds.
  static var pageMicroseconds: BenchmarkMetric {
    .custom("Time per page (μs)", polarity: .prefersSmaller, useScalingFactor: false)
  }

  /// Pages that gave an article, a check that the pages were read as articles.
  static var pagesExtracted: BenchmarkMetric {
    .custom("Pages extracted", polarity: .prefersLarger, useScalingFactor: false)
  }
}
