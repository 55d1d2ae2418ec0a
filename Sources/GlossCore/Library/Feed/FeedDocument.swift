import CLibXML2
import Foundation

/// Parses a feed file with libxml2's XML parser and copies the document into an ``HTMLTree``
/// (the node structure the HTML reader uses: element names lower-cased and without their
/// namespace prefix, so `content:encoded` is `encoded` and `dc:date` is `date`).
///
/// Broken XML is recovered as far as libxml2 can; nothing is printed, fetched or loaded from
/// outside the file (no network, no external DTD or entities), and libxml2's default limits on
/// depth and entity expansion stay on. libxml2's document is freed before `parse` returns.
enum FeedDocument {
  /// libxml2's one-time global set-up, done before any thread parses.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// The options given to `xmlReadMemory`.
  static let options: Int32 = {
    let flags: [xmlParserOption] = [
      XML_PARSE_RECOVER, XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_NOCDATA,
    ]
    return Int32(bitPattern: flags.reduce(0) { $0 | $1.rawValue })
  }()

  /// The document in `data`, or nil when libxml2 finds no root element.
  static func parse(_ data: Data) -> HTMLTree? {
    precondition(initialized)
    guard data.count < Int(Int32.max) else { return nil }
    let document = data.withUnsafeBytes { buffer in
      xmlReadMemory(
        buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil,
        options)
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return nil }
    var builder = HTMLParser.Builder()
    builder.copy(root)
    return builder.tree
  }
}
