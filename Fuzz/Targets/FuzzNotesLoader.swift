import Foundation

/// libFuzzer entry: any bytes read as a notes file, and a collection read back after writing it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotesLoader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  guard let collection = try? NotesFileFormat.decode(data, path: "fuzz.notes.json") else { return 0 }
  let written = NotesFileFormat.encode(collection)
  guard let again = try? NotesFileFormat.decode(written, path: "fuzz.notes.json") else {
    fatalError("a notes file Gloss wrote cannot be read back")
  }
  guard again.notes.count == collection.notes.count else {
    fatalError("notes lost in a round trip: \(collection.notes.count) → \(again.notes.count)")
  }
  return 0
}
