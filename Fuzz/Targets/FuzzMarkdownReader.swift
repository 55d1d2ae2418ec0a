import Foundation

/// libFuzzer entry: any bytes through the decoder and the Markdown reader (front matter included).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  _ = try? ArticleLoader().load(data, name: "fuzz.md", format: .markdown)
  return 0
}
