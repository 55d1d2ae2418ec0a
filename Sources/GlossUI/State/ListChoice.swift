/// Moving the selection of an overlay's list (the links, the topics) with the list keys.
enum ListChoice {
  /// Where `action` moves the selection from `selected` in a list of `count` items, paging by
  /// `page`; nil for an action that does not move it.
  static func move(_ selected: Int, by action: Action?, count: Int, page: Int) -> Int? {
    let last = max(count - 1, 0)
    switch action {
    case .down: return min(selected + 1, last)
    case .up: return max(selected - 1, 0)
    case .pageDown: return min(selected + page, last)
    case .pageUp: return max(selected - page, 0)
    case .top: return 0
    case .bottom: return last
    default: return nil
    }
  }
}
