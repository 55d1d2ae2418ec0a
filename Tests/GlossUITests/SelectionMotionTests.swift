import GlossCore
import Testing

@testable import GlossUI

/// The stops of the selection motions are read near the selection's end only (so a step costs the
/// same in a long article); from anywhere in the text they must be the stops the whole article's
/// sentences, paragraphs and screen lines give.
@Suite("Selection motions")
struct SelectionMotionTests {
  /// Every stop of `motion` in the article, as the whole text gives them.
  func allEnds(_ motion: TextMotion, in state: ReaderState) -> [Int] {
    let article = state.document.article
    switch motion {
    case .word: return []
    case .sentence: return article.paragraphs.flatMap(\.sentences).map(\.end)
    case .paragraph: return state.document.bodyParagraphs.map { article.paragraphs[$0].span.end }
    case .line: return state.body.rows.compactMap { if case .text = $0.kind { $0.span.end } else { nil } }
    }
  }

  @Test(arguments: [TextMotion.sentence, .paragraph, .line])
  func nearbyStopsAreTheWholeTextsStops(_ motion: TextMotion) throws {
    let state = ReaderFixtures.state(try ReaderFixtures.thaad(), width: 70, height: 20)
    let all = allEnds(motion, in: state)
    #expect(all.count >= 20)
    let heads = Array(stride(from: 0, through: state.document.article.length, by: 7)) + all + all.map { $0 - 1 }
    for head in heads {
      let near = motion.ends(in: state, near: head)
      #expect(near.first { $0 > head } == all.first { $0 > head }, "after \(head)")
      #expect(near.last { $0 < head } == all.last { $0 < head }, "before \(head)")
    }
  }
}
