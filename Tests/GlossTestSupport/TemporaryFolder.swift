import Foundation

/// New temporary folders for tests, all inside one folder per test process that is removed when
/// the process exits, so no run leaves files behind in the system's temporary directory.
public enum TemporaryFolder {
  /// The folder of this process's temporary folders, made on first use.
  private static let root: URL = {
    atexit { try? FileManager.default.removeItem(at: TemporaryFolder.root(of: getpid())) }
    return root(of: getpid())
  }()

  /// Where the temporary folders of the test process `pid` are.
  private static func root(of pid: pid_t) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("gloss-tests-\(pid)")
  }

  /// A new empty folder.
  public static func make() throws -> URL {
    let url = root.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
