/// Marks the elements of a page that are furniture rather than article: navigation, headers and
/// footers of the site, asides, forms, cookie banners, comments, related links, share bars,
/// bylines (the author and date come from the page's metadata instead) and hidden elements. Each
/// removed element takes its whole subtree with it.
///
/// Judged by tag, by `role`, and by the words of `class` and `id`. A strong hint ("comments",
/// "cookie", "related", "share", …) removes an element unless it wraps the article (holds a
/// `main` or an `h1`) or, for words other than those of comments and consent banners, holds half
/// the page's paragraph text; a weak hint ("sidebar", "footer", "byline", …) also spares an
/// element that holds an `article` or half the page's paragraph text, since whole pages get
/// classes like `has-sidebar`, and so do a furniture `role`, `aria-hidden` and `<form>`. Inside
/// an `article`, the word "header" names the article's header, not the site's. `body` and `html`
/// are never removed. Short captions go too, with or without a caption class.
///
/// Class names are a guess at what a block is, and pages misname their article's wrappers
/// (`date-outer`, `label-hidden`, `js-advertorial`): the ``Level/relaxed`` mask trusts only tags,
/// hidden elements and the words of furniture that never wraps an article (comments, consent
/// banners, …), for a second reading of a page whose first gave too little text.
enum HTMLFurniture {
  /// How much of the page's furniture a mask removes.
  enum Level: Sendable {
    /// Tags, roles, hidden elements, and class and id words.
    case strict
    /// Hidden elements, furniture that never wraps an article (comments, consent), and tags
    /// unless the element holds half the page's paragraph text.
    case relaxed
  }

  /// Tags that are never article text.
  static let tags: Set<String> = [
    "head", "title", "nav", "aside", "button", "input", "label", "dialog", "menu", "option",
    "datalist", "fieldset", "legend", "noscript",
  ]
  /// `role` values of furniture.
  static let roles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
    "menu", "menubar", "toolbar", "tablist",
  ]
  /// Class and id words that mark furniture wherever they are.
  static let strongWords: Set<String> = [
    "ad", "ads", "adslot", "comment", "comments", "consent", "gdpr", "disqus", "outbrain",
    "taboola", "popup", "modal", "newsletter", "related", "sponsored", "social",
    "share", "sharing", "promo", "recirculation",
  ]
  /// Prefixes of class and id words with the same meaning ("cookiebanner", "related-links").
  static let strongPrefixes = [
    "advert", "cookie", "related", "recommend", "share", "social", "sponsor", "newsletter",
    "subscri", "promo", "breadcrumb", "commentlist",
  ]
  /// Class and id words that mark furniture unless the element holds most of the text.
  static let weakWords: Set<String> = [
    "sidebar", "footer", "header", "masthead", "nav", "navbar", "navigation", "menu", "banner",
    "widget", "byline", "author", "authors", "dateline", "date", "timestamp", "published", "meta",
    "kicker", "eyebrow", "tags", "toolbar", "tools", "pagination", "skip", "rail", "signup",
    "login", "utility", "postmetadata",
  ]
  /// Class names that mark furniture only as a whole name: `hidden` hides an element, but
  /// `label-hidden` or `hidden-xs` hide a part of it or hide it on some screens only.
  static let wholeClassNames: Set<String> = ["hidden", "hide"]
  /// Class and id words of furniture that never wraps an article, which even a
  /// ``Level/relaxed`` mask removes: comment sections ("commentary" is an article), consent
  /// banners, breadcrumbs, skip links, recommendation widgets.
  static let certainWords: Set<String> = [
    "comment", "comments", "commentlist", "disqus", "consent", "gdpr", "skip", "outbrain",
    "taboola",
  ]
  /// Prefixes of class and id words with the same certainty ("cookiebanner").
  static let certainPrefixes = ["cookie", "breadcrumb"]
  /// Class and id words of captions and credits.
  static let captionWords: Set<String> = ["caption", "credit", "credits", "copyright"]
  /// A caption with this many non-space characters or more is kept.
  static let longestCaption = 150
  /// An element with a weak hint is kept when it holds this share of the page's paragraph text.
  static let keptShare = 0.5

  /// One flag per node of `tree`: true for furniture and everything inside it. `stats` are the
  /// measures of the whole tree.
  static func mask(_ tree: HTMLTree, stats: HTMLStats, level: Level) -> [Bool] {
    let pageText = max(1, stats.paragraphText.first ?? 0)
    var removed = Array(repeating: false, count: tree.nodes.count)
    var inArticle = removed
    for (index, node) in tree.nodes.enumerated() {
      guard let tag = node.tag else {
        removed[index] = node.parent.map { removed[$0] } ?? false
        continue
      }
      let parent = node.parent
      let parentTag = parent.flatMap { tree.nodes[$0].tag }
      inArticle[index] = tag == "article" || parent.map { inArticle[$0] } ?? false
      if let parent, removed[parent] {
        removed[index] = true
        continue
      }
      let wrapsArticle = stats.landmarks[index] > 0
      let holdsText = Double(stats.paragraphText[index]) >= keptShare * Double(pageText)
      let words = HTMLHints.words(of: node)
      // Inside an `article`, a header is the article's own (headline, standfirst, byline).
      let hint = hint(node, words: inArticle[index] ? words.filter { $0 != "header" } : words)
      let hidden =
        isHidden(node) || isCaption(node, words: words, text: stats.text[index])
        || isImageCaption(tree, index, stats: stats)
      let furnitureTag =
        tags.contains(tag) || (tag == "footer" && parentTag != "blockquote")
        || (tag == "header" && !inArticle[index] && !wrapsArticle)
      // Pages set aria-hidden on their whole body while a dialog is open: a weak sign.
      let weakSign =
        roles.contains(node.attribute("role").lowercased())
        || node.attribute("aria-hidden").lowercased() == "true" || tag == "form"
      // Related articles are lists of `article` cards: a strong hint is spared by the page's
      // own landmarks only, or by half the page's text (a share class on the article's wrapper),
      // unless it names furniture that never wraps an article (comments).
      let spared =
        (hint == .strong ? stats.mainLandmarks[index] > 0 : wrapsArticle)
        || (holdsText && (hint != .strong || !isCertainFurniture(words)))
        || tag == "body" || tag == "html"
      switch level {
      case .strict:
        removed[index] = hidden || furnitureTag || (!spared && (weakSign || hint != .none))
      case .relaxed:
        // A page that puts its article in an `aside` or a `nav` is read from there.
        removed[index] =
          hidden || (furnitureTag && !holdsText) || (!spared && isCertainFurniture(words))
      }
    }
    return removed
  }

  /// How strongly an element's class and id words say it is furniture.
  enum Hint { case none, weak, strong }

  static func hint(_ node: HTMLNode) -> Hint {
    hint(node, words: HTMLHints.words(of: node))
  }

  /// How strongly the class and id `words` of `node` say it is furniture.
  static func hint(_ node: HTMLNode, words: [String]) -> Hint {
    if words.contains(where: {
      strongWords.contains($0) || strongPrefixes.contains(where: $0.hasPrefix)
    }) {
      return .strong
    }
    if words.contains(where: weakWords.contains)
      || HTMLHints.classNames(of: node).contains(where: { wholeClassNames.contains(String($0)) })
    {
      return .weak
    }
    return .none
  }

  /// True for a short caption or credit of a picture: a `figcaption` or an element whose class
  /// or id words say so, with fewer than ``longestCaption`` characters (a gallery's long
  /// captions are its text).
  static func isCaption(_ node: HTMLNode, words: [String], text: Int) -> Bool {
    text < longestCaption
      && (node.tag == "figcaption" || words.contains(where: captionWords.contains))
  }

  /// True for the caption of a picture that has no caption element or class: a `div` holding an
  /// image and fewer than ``longestCaption`` characters of text, none of it in a paragraph (a
  /// `div` with an image and a short paragraph is the article's).
  static func isImageCaption(_ tree: HTMLTree, _ index: Int, stats: HTMLStats) -> Bool {
    let node = tree.nodes[index]
    return node.tag == "div" && stats.images[index] > 0 && stats.text[index] > 0
      && stats.text[index] < longestCaption && stats.paragraphs[index] == 0
  }

  /// True when class and id `words` name furniture that never wraps an article.
  static func isCertainFurniture(_ words: [String]) -> Bool {
    words.contains { word in
      certainWords.contains(word) || certainPrefixes.contains(where: word.hasPrefix)
    }
  }

  /// True for elements the page hides: `hidden`, or an inline style with `display: none` or
  /// `visibility: hidden`.
  static func isHidden(_ node: HTMLNode) -> Bool {
    if node.attributes["hidden"] != nil { return true }
    let style = node.attribute("style").lowercased().filter { !$0.isWhitespace }
    return style.contains("display:none") || style.contains("visibility:hidden")
  }
}

/// The words of an element's `class` and `id`, which layouts use to say what a block is.
enum HTMLHints {
  /// Class and id words that mark article content.
  static let positiveWords: Set<String> = [
    "article", "articlebody", "content", "entry", "hentry", "main", "post", "story", "body",
    "text", "blog", "prose",
  ]

  /// The lowercased words of `class` and `id`, split at anything not a letter or digit.
  static func words(of node: HTMLNode) -> [String] {
    guard node.attributes["class"] != nil || node.attributes["id"] != nil else { return [] }
    return (node.attribute("class") + " " + node.attribute("id")).lowercased()
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
  }

  /// The lowercased names in `class`, split at white space.
  static func classNames(of node: HTMLNode) -> [Substring] {
    node.attribute("class").lowercased().split(whereSeparator: \.isWhitespace)
  }

  /// +25 for a class or id that names content, −25 for one that names furniture, as
  /// Readability weighs them.
  static func weight(of node: HTMLNode) -> Double {
    var weight = 0.0
    if words(of: node).contains(where: positiveWords.contains) { weight += 25 }
    if HTMLFurniture.hint(node) != .none { weight -= 25 }
    return weight
  }
}
