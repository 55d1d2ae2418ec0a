import GlossCore
import Testing

@testable import GlossUI

/// Switching between a brat file's annotations, the automatic ones and both, in the reader.
@Suite("Annotation choice in the reader")
struct AnnotationChoiceTests {
  func state(file: Bool = true) throws -> ReaderState {
    var state = try ReaderFixtures.handState()
    let automatic = state.document.annotations
    let fileSet = Annotations(entities: [automatic.entities[0]], quotes: [automatic.quotes[0]])
    let sets = ArticleAnnotationSets(automatic: automatic, file: file ? fileSet : nil)
    state.offerAnnotations(sets, showing: sets.defaultChoice)
    return state
  }

  @Test func theChoiceShowsAndACyclesIt() throws {
    var state = try state()
    let all = state.document.quotes.count
    #expect(state.statusLine.contains("annotations: file+auto"))
    state.type("]")
    state.type("A")
    #expect(state.annotationChoice == .file)
    #expect(state.document.quotes.count == 1)
    #expect(state.currentQuote == nil)
    #expect(state.statusLine.contains("annotations: file"))
    state.type("A")
    #expect(state.annotationChoice == .auto)
    #expect(state.document.quotes.count == all)
    state.type("A")
    #expect(state.annotationChoice == .both)
  }

  @Test func theCommandChooses() throws {
    var state = try state()
    state.type(":annotations file")
    state.press(.enter)
    #expect(state.annotationChoice == .file)
    #expect(state.document.annotations.entities.count == 1)
    state.type(":annotations some")
    state.press(.enter)
    #expect(state.message?.text == "Usage: :annotations file|auto|both")
  }

  @Test func withoutAFileThereIsNoChoice() throws {
    var state = try state(file: false)
    #expect(state.annotationChoice == nil)
    #expect(!state.statusLine.contains("annotations:"))
    state.type("A")
    #expect(state.message?.isError == true)
    #expect(state.message?.text.hasPrefix("No annotations file") == true)
  }

  @Test func theHelpListsTheKey() {
    let help = HelpView(keyMap: .standard, theme: .builtin).lines
    #expect(
      help.contains { $0.hasPrefix("A ") && $0.hasSuffix("annotations: file+auto / file / auto") })
    #expect(help.contains { $0.contains(":annotations file|auto|both") })
  }
}
