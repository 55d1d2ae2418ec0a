import Benchmark
import Foundation

/// A corpus size the suite benchmarks, with how many iterations it is worth at that size.
struct CorpusSize: Sendable {
  /// The corpus size in megabytes (10⁶ bytes).
  let megabytes: Int
  /// Unmeasured runs before the measured ones.
  let warmupIterations: Int
  /// At most this many measured runs…
  let maxIterations: Int
  /// …and no new run starts after this long.
  let maxDuration: Duration

  /// 1, 20 and 100 MB; `GLOSS_BENCHMARK_MAX_MB=N` in the environment keeps only the sizes up to
  /// N MB (for a quick run: `GLOSS_BENCHMARK_MAX_MB=1`), and `GLOSS_BENCHMARK_RUNS=N` measures
  /// the 1 MB corpus N times instead of 10 (more runs give steadier percentiles on a busy
  /// machine).
  static var selected: [CorpusSize] {
    let all = [
      CorpusSize(megabytes: 1, warmupIterations: 1, maxIterations: runs ?? 10, maxDuration: .seconds(20)),
      CorpusSize(megabytes: 20, warmupIterations: 0, maxIterations: 3, maxDuration: .seconds(60)),
      CorpusSize(megabytes: 100, warmupIterations: 0, maxIterations: 2, maxDuration: .seconds(120)),
    ]
    return all.filter { $0.megabytes <= limit }
  }

  /// The number of measured runs of the 1 MB corpus, from `GLOSS_BENCHMARK_RUNS`.
  static var runs: Int? {
    ProcessInfo.processInfo.environment["GLOSS_BENCHMARK_RUNS"].flatMap { Int($0) }.map { max($0, 1) }
  }

  /// The largest size to run, from `GLOSS_BENCHMARK_MAX_MB` (no limit when unset).
  static var limit: Int {
    ProcessInfo.processInfo.environment["GLOSS_BENCHMARK_MAX_MB"].flatMap { Int($0) } ?? .max
  }

  /// The benchmark configuration at this size: time, input throughput, memory, and `extra`.
  func configuration(adding extra: [BenchmarkMetric] = []) -> Benchmark.Configuration {
    .init(
      metrics: [
        .wallClock, .cpuTotal, .bytesPerSecond, .peakMemoryResident, .peakMemoryResidentDelta,
        .mallocCountTotal, .mallocBytesCount,
      ] + extra,
      timeUnits: .milliseconds,
      units: [
        .peakMemoryResident: .mega, .peakMemoryResidentDelta: .mega, .mallocBytesCount: .mega,
        .bytesPerSecond: .kilo,
      ],
      warmupIterations: warmupIterations,
      maxDuration: maxDuration,
      maxIterations: maxIterations
    )
  }
}

extension BenchmarkMetric {
  /// Input bytes handled per second in one iteration, timed around the measured work only.
  ///
  /// package-benchmark's own `.throughput` counts iterations per second and drops runs slower
  /// than one a second, so it cannot give bytes per second for a 20 or 100 MB input.
  static var bytesPerSecond: BenchmarkMetric {
    .custom("Throughput (bytes/s)", polarity: .prefersLarger, useScalingFactor: false)
  }

  /// Quotes the annotator found, a check that the corpus is annotated like real news.
  static var quotesFound: BenchmarkMetric {
    .custom("Quotes found", polarity: .prefersLarger, useScalingFactor: false)
  }
}
