import Foundation

/// The tests' web server (`Tests/NewsServer/news_server.py`), started once a test process on
/// 127.0.0.1 and a free port, serving feeds and pages with ETags and the broken cases. It ends
/// when the test process does (its standard input closes). Nothing it serves reaches past
/// 127.0.0.1.
public final class NewsServer: @unchecked Sendable {
  /// The one server of this test process, started on first use.
  private static let shared: Result<NewsServer, GlossBinaryError> = Result { () throws(GlossBinaryError) in
    try NewsServer()
  }

  public let port: Int
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  /// The server's log of requests, one JSON object a line.
  private let log: URL
  /// Held while a command is written and its answer read.
  private let lock = NSLock()

  /// The started server, or an error when `python3` cannot start it.
  public static func start() throws -> NewsServer { try shared.get() }

  private init() throws(GlossBinaryError) {
    let script = GlossBinary.root.appendingPathComponent("Tests/NewsServer/news_server.py").path
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
      log = try TemporaryFolder.make().appendingPathComponent("requests.log")
      process.arguments = ["python3", script, log.path]
      try process.run()
    } catch {
      throw GlossBinaryError(message: "cannot start the news server: \(error)")
    }
    guard let port = Int(Self.readLine(output)) else { throw GlossBinaryError(message: "the news server did not say its port") }
    self.port = port
  }

  /// A line the server wrote on `output`, without its newline.
  private static func readLine(_ output: Pipe) -> String {
    var line = Data()
    while let byte = try? output.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 10 {
      line.append(first)
    }
    return String(decoding: line, as: UTF8.self)
  }

  /// `http://127.0.0.1:PORT/PATH`.
  public func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

  /// The requests the server has had whose path starts with `/prefix`, oldest first: the path
  /// and the headers of each.
  public func requests(startingWith prefix: String) throws -> [(path: String, headers: [String: String])] {
    let data = try Data(contentsOf: log)
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let path = object["path"] as? String, path.hasPrefix("/" + prefix),
        let headers = object["headers"] as? [String: String]
      else { return nil }
      return (path, headers)
    }
  }

  /// Adds an item to feed `id` (its ETag changes with it); returns once the server has.
  public func bump(_ id: String) {
    lock.withLock {
      input.fileHandleForWriting.write(Data("bump \(id)\n".utf8))
      _ = Self.readLine(output)
    }
  }
}
