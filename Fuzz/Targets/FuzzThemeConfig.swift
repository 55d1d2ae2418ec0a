import Foundation
import GlossUI

/// A directory of this process's own for the file each input is written to: the theme and config
/// loaders read files by path.
let fuzzDirectory: String = {
  let path = NSTemporaryDirectory() + "gloss-fuzz-theme-\(getpid())"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}()

/// libFuzzer entry: any bytes as a theme (TOMLKit, then the theme parser, with `inherits`
/// resolved in the same directory) and as `config.toml`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzThemeConfig(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let path = fuzzDirectory + "/fuzz.toml"
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes: bytes, count: count)) else {
    fatalError("cannot write \(path)")
  }
  _ = try? ThemeLoader(locator: ThemeLocator(directories: [fuzzDirectory])).loadExactly("fuzz")
  _ = ReaderConfig.load(path: path)
  return 0
}
