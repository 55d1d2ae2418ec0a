import Foundation

/// libFuzzer entry: any bytes through libxml2 and the HTML article reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  _ = try? ArticleLoader().load(data, name: "fuzz.html", format: .html)
  return 0
}
