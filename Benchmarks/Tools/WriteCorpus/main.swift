import Corpora
import Foundation

/// Writes a benchmark corpus to disk for the end-to-end measurements of the real binary
/// (`Benchmarks/annotate.sh`), the same corpora the in-process benchmarks build:
///
///     write-corpus text MEGABYTES FILE     # one article of the samples' bodies repeated
///     write-corpus library COUNT FOLDER    # COUNT article files, people renamed (LibraryCorpus)
///
/// A library folder gets `articles/` (the files) and `cache/` (left empty), and is reused when an
/// earlier run completed it.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3, let number = Int(arguments[arguments.startIndex + 1]) else {
  FileHandle.standardError.write(Data("usage: write-corpus text MEGABYTES FILE | library COUNT FOLDER\n".utf8))
  exit(64)
}
let destination = URL(fileURLWithPath: arguments[arguments.startIndex + 2])
switch arguments.first {
case "text":
  try Corpus(megabytes: number).data.write(to: destination)
case "library":
  _ = try LibraryCorpus(count: number, root: destination)
default:
  FileHandle.standardError.write(Data("write-corpus: unknown corpus \(arguments.first ?? "")\n".utf8))
  exit(64)
}
