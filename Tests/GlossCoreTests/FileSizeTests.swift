import Foundation
import GlossTestSupport
import Testing

@testable import GlossCore

/// The size the loaders check before reading a file: the file's, through a symbolic link, and
/// none for what is not there.
@Suite("File size")
struct FileSizeTests {
  @Test func aFileHasItsSizeAndAMissingOneNone() throws {
    let attributes = try FileManager.default.attributesOfItem(atPath: GlossBinary.thaad)
    #expect(FileSize.of(GlossBinary.thaad) == attributes[.size] as? Int)
    #expect(FileSize.of(GlossBinary.thaad + ".missing") == nil)
  }

  @Test func aSymbolicLinkHasItsTargetsSize() throws {
    let link = try TemporaryFolder.make().appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: GlossBinary.thaad)
    #expect(FileSize.of(link) == FileSize.of(GlossBinary.thaad))
    #expect(FileSize.of(link) ?? 0 > 1_000)
  }
}
