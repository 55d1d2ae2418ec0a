import CLibXML2
import Foundation

/// Parses HTML bytes with libxml2's forgiving HTML parser and copies the document into an
/// ``HTMLTree``. libxml2's document never leaves this type: it is freed before `parse` returns.
enum HTMLParser {
  /// Elements whose content is never text of the page (code, styles, embedded objects, and the
  /// pronunciation a `<ruby>` shows above its characters, which would be read twice).
  /// `noscript` is copied, as furniture (``HTMLFurniture/tags``): libxml2 puts the rest of a
  /// page inside a `noscript` that holds an unclosed element.
  static let opaqueTags: Set<String> = [
    "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "audio",
    "video", "select", "textarea", "rt", "rp",
  ]

  /// libxml2's one-time global set-up, done once before any thread parses.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// The document in `data` decoded as `encoding` (a name libxml2 knows), or nil when libxml2
  /// finds no document at all. Markup is repaired, nothing is printed or fetched, and neither
  /// nesting depth nor the length of a text node is limited (see `gloss_html_read` in the shim).
  static func parse(_ data: Data, encoding: String) -> HTMLTree? {
    precondition(initialized)
    guard data.count < Int(Int32.max) else { return nil }
    let document = data.withUnsafeBytes { buffer in
      gloss_html_read(
        buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), encoding)
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return nil }
    var builder = Builder()
    builder.copy(root)
    return builder.tree
  }

  /// Copies libxml2 nodes into a tree, walking siblings and parents instead of recursing.
  struct Builder {
    var tree = HTMLTree()
    /// The indices of the elements whose subtrees are still open.
    var open: [Int] = []

    mutating func copy(_ root: xmlNodePtr) {
      var node: xmlNodePtr? = root
      while let current = node {
        let descend = visit(current)
        if descend, let child = current.pointee.children {
          node = child
          continue
        }
        if descend { close() }
        var climbing = current
        while climbing != root, climbing.pointee.next == nil, let parent = climbing.pointee.parent {
          climbing = parent
          close()
        }
        node = climbing == root ? nil : climbing.pointee.next
      }
      while !open.isEmpty { close() }
    }

    /// Adds `node` to the tree; true when it is an element whose children should be copied
    /// (its subtree is then open until ``close()``).
    mutating func visit(_ node: xmlNodePtr) -> Bool {
      switch node.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        let text = Self.composed(Self.withoutControls(Self.string(node.pointee.content)))
        append(HTMLNode(tag: nil, text: text, attributes: [:], end: 0))
        return false
      case XML_ELEMENT_NODE:
        let tag = Self.string(node.pointee.name).lowercased()
        let attributes = Self.attributes(of: node)
        append(HTMLNode(tag: tag, text: "", attributes: attributes, end: 0))
        if tag == "script", attributes["type"]?.lowercased() == "application/ld+json" {
          tree.jsonLD.append(Self.content(of: node))
        }
        guard !HTMLParser.opaqueTags.contains(tag) else { return false }
        open.append(tree.nodes.count - 1)
        return true
      default:
        return false
      }
    }

    /// Appends a node under the innermost open element, as a leaf until its subtree closes.
    mutating func append(_ node: HTMLNode) {
      var node = node
      node.parent = open.last
      node.end = tree.nodes.count + 1
      tree.nodes.append(node)
    }

    /// Ends the innermost open element's subtree at the current position.
    mutating func close() {
      guard let index = open.popLast() else { return }
      tree.nodes[index].end = tree.nodes.count
    }

    /// `text` in Unicode's composed normal form (NFC), as text is compared and searched: a page
    /// may write a letter with its accent as one character or as two.
    static func composed(_ text: String) -> String {
      // Combining marks start at U+0300: text without a scalar from there on is composed.
      guard text.unicodeScalars.contains(where: { $0.value >= 0x300 }) else { return text }
      return text.precomposedStringWithCanonicalMapping
    }

    static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
      guard let characters else { return "" }
      return String(cString: characters)
    }

    /// `text` without C0 and C1 control characters other than tab, line feed and carriage
    /// return: a page must not send terminal control sequences through its text.
    static func withoutControls(_ text: String) -> String {
      func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar))
          || (0x7F...0x9F).contains(scalar.value)
      }
      guard text.unicodeScalars.contains(where: isControl) else { return text }
      return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) }))
    }

    static func attributes(of node: xmlNodePtr) -> [String: String] {
      var attributes: [String: String] = [:]
      var property = node.pointee.properties
      while let current = property {
        let name = string(current.pointee.name).lowercased()
        if attributes[name] == nil {
          attributes[name] = content(of: xmlNodePtr(OpaquePointer(current)))
        }
        property = current.pointee.next
      }
      return attributes
    }

    /// The text content of `node` (an attribute's value, a script's source).
    static func content(of node: xmlNodePtr) -> String {
      guard let characters = xmlNodeGetContent(node) else { return "" }
      defer { gloss_xml_free(characters) }
      return String(cString: characters)
    }
  }
}
