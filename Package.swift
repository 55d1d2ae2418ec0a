// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Gloss",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "gloss", targets: ["gloss"]),
    .library(name: "GlossCore", targets: ["GlossCore"]),
    .library(name: "GlossUI", targets: ["GlossUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CNCursesW",
      providers: [.apt(["libncurses-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CCurl",
      providers: [.apt(["libcurl4-openssl-dev"])]
    ),
    .target(
      name: "GlossCore",
      dependencies: ["CLibXML2", "CCurl"],
      resources: [.copy("Extraction/Lexicon/Data")]
    ),
    .target(name: "GlossNews", dependencies: ["GlossCore", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(
      name: "GlossUI",
      dependencies: ["GlossCore", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .target(name: "GlossCurses", dependencies: ["GlossUI", "CNCursesW"]),
    .executableTarget(
      name: "gloss",
      dependencies: [
        "GlossCore", "GlossNews", "GlossUI", "GlossCurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "GlossTestSupport", path: "Tests/GlossTestSupport"),
    .testTarget(
      name: "GlossCoreTests",
      dependencies: ["GlossCore", "GlossTestSupport"],
      exclude: ["Expectations", "Regression", "HTMLFixtures", "HTMLEvaluation"]
    ),
    .testTarget(
      name: "GlossUITests",
      dependencies: ["GlossUI", "GlossCore", "GlossTestSupport"],
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(name: "GlossNewsTests", dependencies: ["GlossNews", "GlossCore", "GlossTestSupport"]),
    .testTarget(name: "GlossEndToEndTests", dependencies: ["GlossCore", "GlossTestSupport"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
