// swift-tools-version: 6.1
import PackageDescription

/// Performance benchmarks for GlossCore and the reader's GlossUI, run with package-benchmark
/// (`swift package benchmark`, see docs/performance.md).
///
/// This is a package of its own so that `swift test` at the root never builds or runs them;
/// it uses the root package's `GlossCore` and `GlossUI` libraries by path. `Corpora` makes the
/// inputs from the samples, for the benchmarks and for `write-corpus`, which writes them to disk
/// for the end-to-end measurements of the real binary (`annotate.sh`); it lives outside
/// `Benchmarks/`, where the plugin would take every executable for a benchmark to run.
let package = Package(
  name: "GlossBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Gloss", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .target(
      name: "Corpora",
      dependencies: [.product(name: "GlossCore", package: "Gloss")],
      path: "Benchmarks/Corpora"
    ),
    .executableTarget(
      name: "write-corpus",
      dependencies: ["Corpora"],
      path: "Tools/WriteCorpus"
    ),
    .executableTarget(
      name: "Annotation",
      dependencies: [
        "Corpora",
        .product(name: "GlossCore", package: "Gloss"),
        .product(name: "GlossUI", package: "Gloss"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/Annotation",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)
