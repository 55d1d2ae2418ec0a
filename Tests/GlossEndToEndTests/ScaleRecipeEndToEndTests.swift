import Foundation
import GlossTestSupport
import Testing

/// The one-machine recipe of docs/scale.md, run as written: GNU parallel cuts a list of articles
/// into shards, runs `gloss annotate --from -` on each, and keeps the shards' output in order;
/// the lines are those one `gloss annotate --from LIST` prints.
@Suite("Scale recipes")
struct ScaleRecipeEndToEndTests {
  /// GNU parallel on the PATH, if any (.ci/run installs it).
  static let parallel = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":").map { "\($0)/parallel" }.first(where: FileManager.default.isExecutableFile)

  @Test(
    .enabled(if: parallel != nil, "GNU parallel is not installed (apt-get install parallel; .ci/run installs it)"),
    .timeLimit(.minutes(5)))
  func gnuParallelShardsGiveTheLinesOfOneRunInOrder() throws {
    let folder = try TemporaryFolder.make()
    let samples = ["wikinews/nasa.txt", "wikinews/soccer.txt", "wikinews/hackers.txt", "thaad-south-korea-china.txt"]
    var paths: [String] = []
    for number in 0..<22 {
      let path = folder.appendingPathComponent("\(number).txt").path
      try FileManager.default.copyItem(atPath: GlossBinary.root.appendingPathComponent("Samples/" + samples[number % 4]).path, toPath: path)
      paths.append(path)
    }
    paths.insert(folder.appendingPathComponent("missing.txt").path, at: 7)
    let list = folder.appendingPathComponent("list.txt")
    try Data((paths.joined(separator: "\n") + "\n").utf8).write(to: list)
    let gloss = try GlossBinary.path()

    let sharded = try shell("parallel --pipe -N 5 --keep-order -j 2 '\(gloss)' annotate --from - < '\(list.path)'", cache: folder)
    let whole = try shell("'\(gloss)' annotate --from '\(list.path)'", cache: folder)
    #expect(whole.status == 66)
    #expect(sharded.status != 0)
    let lines = sharded.output.split(separator: "\n")
    #expect(lines.count == paths.count)
    #expect(lines == whole.output.split(separator: "\n"))
    #expect(lines[7].contains(#""error":"\#(paths[7]): no such file""#))
    #expect(lines[8].hasPrefix(#"{"item":{"path":"\#(paths[8])"},"gloss":"annotations/1""#))
  }

  /// Runs `command` with bash, the annotation cache in `cache`; its status and standard output.
  func shell(_ command: String, cache: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cache.path]) { $1 }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
