import Benchmark
import Corpora
import GlossCore

/// The suite package-benchmark runs: for each corpus size, one benchmark that loads (decodes
/// and parses) the corpus with `ArticleLoader`, and one that annotates the already-loaded
/// article with `Annotator`; then the reader's frame and keystroke benchmarks
/// (`FrameBenchmarks`), the 10,000-article library's (`LibraryBenchmarks`) and extraction
/// from real web pages (`ExtractionBenchmarks`, when the pages are laid out). Corpora are
/// built in setup, outside the measured work.
let benchmarks: @Sendable () -> Void = {
  FrameBenchmarks.register()
  LibraryBenchmarks.register()
  LibraryViewBenchmarks.register()
  ExtractionBenchmarks.register()
  for size in CorpusSize.selected {
    Benchmark("Load \(size.megabytes) MB", configuration: size.configuration()) {
      (benchmark: Benchmark, corpus: Corpus) in
      let start = ContinuousClock.now
      let article = try corpus.load()
      benchmark.recordThroughput(bytes: corpus.byteCount, since: start)
      blackHole(article)
    } setup: {
      try Corpus(megabytes: size.megabytes)
    }

    Benchmark(
      "Annotate \(size.megabytes) MB", configuration: size.configuration(adding: [.quotesFound])
    ) {
      (benchmark: Benchmark, input: LoadedCorpus) in
      let start = ContinuousClock.now
      let annotations = Annotator().annotate(input.article)
      benchmark.recordThroughput(bytes: input.byteCount, since: start)
      benchmark.measurement(.quotesFound, annotations.quotes.count)
      blackHole(annotations)
    } setup: {
      let corpus = try Corpus(megabytes: size.megabytes)
      return LoadedCorpus(article: try corpus.load(), byteCount: corpus.byteCount)
    }
  }
}

/// A corpus already parsed, kept without its bytes so that only the article is in memory while
/// annotating.
struct LoadedCorpus: Sendable {
  let article: Article
  /// The size of the corpus file the article was loaded from.
  let byteCount: Int
}

extension Benchmark {
  /// Records `bytes` over the time since `start` as this iteration's
  /// ``BenchmarkMetric/bytesPerSecond``.
  func recordThroughput(bytes: Int, since start: ContinuousClock.Instant) {
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    if seconds > 0 { measurement(.bytesPerSecond, Int(Double(bytes) / seconds)) }
  }
}
