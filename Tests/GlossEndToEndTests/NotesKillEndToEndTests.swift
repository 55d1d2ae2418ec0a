import Foundation
import GlossCore
import GlossTestSupport
import Testing

/// `gloss notes add` killed with SIGKILL at random points of its run, saves included: after
/// every kill the notes file parses and holds every note whose save returned, and the next save
/// removes the temporary files the killed ones left (Gloss's own, nothing else). Short by
/// default; `GLOSS_STRESS=1` kills more and prints the figures.
@Suite("Notes saves killed at random points", .serialized)
struct NotesKillEndToEndTests {
  /// How many `gloss notes add` to run: every eighth is left alone, the others are sent SIGKILL.
  static let runs = ProcessInfo.processInfo.environment["GLOSS_STRESS"] == "1" ? 480 : 40

  @Test func theFileParsesKeepsEveryReturnedNoteAndTheNextSaveRemovesLeftovers() throws {
    let article = try ShortArticle()
    let binary = try GlossBinary.path()
    var returned: [String] = []
    // How long a whole run takes here (the median of every eighth run, left alone), to kill
    // anywhere in one or just after it: the save is at its end.
    let clock = ContinuousClock()
    var runTimes: [Duration] = []
    var killed = 0
    var leftovers = Set<String>()

    for index in 0..<Self.runs {
      let start = clock.now
      let process = try SpawnedProcess([binary] + article.add("run \(index)"))
      if index % 8 != 0, let median = runTimes.sorted().dropFirst(runTimes.count / 2).first {
        usleep(UInt32(Double.random(in: 0...1.2) * (median / .microseconds(1))))
        process.kill()
      }
      let ending = process.wait()
      if index % 8 == 0 { runTimes.append(clock.now - start) }
      let temporary = try article.temporaryFiles()
      if ending == .exited(0) {
        returned.append("run \(index)")
        #expect(temporary.isEmpty, "a save that returned left the killed ones' \(temporary)")
      } else {
        killed += 1
        leftovers.formUnion(temporary)
      }
      let comments = try article.comments()
      let missing = returned.filter { !comments.contains($0) }
      #expect(missing.isEmpty, "after run \(index), saves that returned are missing: \(missing)")
    }

    // A save killed before this test's: always one leftover, whatever the kills hit.
    let directory = article.directory + "/"
    let planted = ".short.txt.notes.json.tmp-\(UUID().uuidString)"
    let foreign = [".short.txt.notes.json.tmp-kept", ".other.txt.notes.json.tmp-\(UUID().uuidString)"]
    for name in [planted] + foreign { try Data("{".utf8).write(to: URL(fileURLWithPath: directory + name)) }
    #expect(try SpawnedProcess([binary] + article.add("after")).wait() == .exited(0))
    returned.append("after")

    #expect(try article.temporaryFiles() == [foreign[0]])
    #expect(FileManager.default.fileExists(atPath: directory + foreign[1]))
    let comments = try article.comments()
    #expect(returned.filter { !comments.contains($0) }.isEmpty)
    Figures.report(
      "notes kills: \(Self.runs) saves, \(killed) killed, \(leftovers.count) temporary files left by them, "
        + "\(try article.temporaryFiles().count - 1) after the last save; \(returned.count) saves returned, "
        + "\(returned.filter { !comments.contains($0) }.count) of their notes lost")
  }
}
