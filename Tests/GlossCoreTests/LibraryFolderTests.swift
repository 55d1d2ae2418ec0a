import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// Opening a folder, or several paths, as a library.
@Suite("Library folders")
struct LibraryFolderTests {
  /// The names of the items' paths relative to `folder`.
  func relativeNames(_ library: Library, in folder: URL) -> [String] {
    library.items.map { item in
      guard case .file(let path) = item.origin else { return "?" }
      return String(path.dropFirst(folder.path.count + 1))
    }
  }

  /// Every item read (without a cache), facts or error recorded.
  func readAll(_ library: inout Library) {
    let reader = LibraryReader(cache: nil)
    for index in library.items.indices {
      do {
        library.items[index].record(try reader.read(library.items[index]).facts)
      } catch {
        library.items[index].record(error)
      }
    }
  }

  @Test func aFolderListsItsArticlesInNaturalOrderSkippingOtherFiles() throws {
    let folder = try LibraryFixtures.mixedFolder()
    let library = Library.open([folder.path])
    #expect(
      relativeNames(library, in: folder) == [
        "2-nasa.txt", "10-soccer.txt", "broken.txt", "pages/harbour.html", "thaad.md",
      ])
    #expect(library.problems.isEmpty)
    #expect(library.items.allSatisfy { $0.quoteCount == nil })
    #expect(library.items[0].headline == "2-nasa.txt")
  }

  @Test func mixedFormatsReadAndTheUnreadableFileIsListedWithItsError() throws {
    let folder = try LibraryFixtures.mixedFolder()
    var library = Library.open([folder.path])
    readAll(&library)
    let broken = library.items[2]
    #expect(broken.error == "\(folder.path)/broken.txt: is a binary file (it contains NUL bytes), not a text article")
    #expect(broken.quoteCount == nil)
    let others = library.items.enumerated().filter { $0.offset != 2 }.map(\.element)
    #expect(others.allSatisfy { $0.error == nil && ($0.quoteCount ?? 0) > 0 })
    #expect(library.items[0].headline.hasPrefix("NASA celebrates 30th anniversary"))
    #expect(library.items[3].headline == "Harbour council approves flood barrier after long dispute")
    #expect(library.items[3].source == "The Coastal Ledger")
    #expect(library.items[4].headline.hasPrefix("US’ THAAD Anti-Missile System"))
    #expect(library.items[4].source == "Sample Wire")
  }

  @Test func severalPathsKeepTheirOrderAndAMissingOneIsAnItemWithAnError() throws {
    let folder = try LibraryFixtures.mixedFolder()
    let missing = folder.appendingPathComponent("gone.txt").path
    let soccer = folder.appendingPathComponent("10-soccer.txt").path
    var library = Library.open([soccer, missing, folder.appendingPathComponent("pages").path])
    readAll(&library)
    #expect(library.items.map(\.origin.name) == [soccer, missing, folder.path + "/pages/harbour.html"])
    #expect(library.items[1].error == "\(missing): no such file")
    #expect(library.items[0].error == nil && library.items[2].error == nil)
  }

  @Test func anEmptyFolderIsAProblemNotAnItem() throws {
    let folder = try TemporaryFolder.make()
    let library = Library.open([folder.path])
    #expect(library.items.isEmpty)
    #expect(library.problems == ["\(folder.path): no articles in the folder (.txt, .md, .html files)"])
  }

  @Test func naturalOrderComparesNumbersByValueAndIgnoresCase() {
    let names = ["b.txt", "10.txt", "A.txt", "2.txt", "02.txt", "a2.txt", "a10.txt"]
    #expect(names.sorted(by: NaturalOrder.areInOrder) == ["02.txt", "2.txt", "10.txt", "A.txt", "a2.txt", "a10.txt", "b.txt"])
  }
}
