import Foundation

/// libFuzzer entry: any bytes through the decoder and the plain-text reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  _ = try? ArticleLoader().load(data, name: "fuzz.txt", format: .text)
  return 0
}
