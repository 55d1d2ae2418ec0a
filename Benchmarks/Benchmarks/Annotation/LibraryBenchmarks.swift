import Benchmark
import Corpora
import Foundation
import GlossCore

/// A library of 10,000 articles (``LibraryCorpus``) opened from a warm annotation cache: the
/// list (folders walked, every file read and hashed, every entry's header read), every article
/// read with its annotations (parsed, entry read whole and checked), and the actors index built
/// from all the annotations. The first run annotates the corpus once, in setup.
enum LibraryBenchmarks {
  static let articleCount = 10_000

  static func register() {
    let configuration = Benchmark.Configuration(
      metrics: [.wallClock, .cpuTotal, .peakMemoryResidentDelta, .mallocCountTotal, .itemsFilled],
      timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 5)

    Benchmark("Library list \(articleCount) warm cache", configuration: configuration) {
      (benchmark: Benchmark, corpus: LibraryCorpus) in
      var library = Library.open([corpus.articles.path])
      benchmark.measurement(.itemsFilled, library.fillFromCache(corpus.reader))
      blackHole(library)
    } setup: {
      try warmCorpus()
    }

    Benchmark(
      "Library read all \(articleCount) warm cache",
      configuration: .init(
        metrics: configuration.metrics, timeUnits: .milliseconds, warmupIterations: 0,
        maxDuration: .seconds(120), maxIterations: 2)
    ) { (benchmark: Benchmark, corpus: LibraryCorpus) in
      let reader = corpus.reader
      var fromCache = 0
      for item in Library.open([corpus.articles.path]).items {
        if let article = try? reader.read(item), article.fromCache { fromCache += 1 }
      }
      benchmark.measurement(.itemsFilled, fromCache)
    } setup: {
      try warmCorpus()
    }

    Benchmark("Actors index \(articleCount)", configuration: configuration) {
      (benchmark: Benchmark, articles: [(facts: ArticleFacts, annotations: Annotations)]) in
      var builder = ActorIndexBuilder()
      for (item, article) in articles.enumerated() {
        builder.add(item: item, facts: article.facts, annotations: article.annotations)
      }
      let index = builder.build()
      benchmark.measurement(.itemsFilled, index.actors.count)
      blackHole(index)
    } setup: {
      let corpus = try warmCorpus()
      let reader = corpus.reader
      return Library.open([corpus.articles.path]).items.compactMap { item in
        (try? reader.read(item)).map { ($0.facts, $0.annotations) }
      }
    }
  }

  /// The corpus with every article in its cache.
  static func warmCorpus() throws -> LibraryCorpus {
    let corpus = try LibraryCorpus(count: articleCount)
    corpus.warmCache()
    return corpus
  }
}

extension BenchmarkMetric {
  /// Library items filled from the cache, articles read from it, or actors indexed: a check
  /// that the benchmark did the whole of its work.
  static var itemsFilled: BenchmarkMetric {
    .custom("Items", polarity: .prefersLarger, useScalingFactor: false)
  }
}
