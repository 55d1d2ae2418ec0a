/// The `T` overlay: a framed list (``ChoiceBox``) of the topics the stances pane can show
/// stances on, the article's topics first, each with its mentions.
struct TopicsView {
  let theme: Theme

  func draw(_ chooser: TopicChooser, into buffer: inout CellBuffer) {
    ChoiceBox.draw(
      chooser.candidates.indices.map(chooser.line), title: " Stances on — Enter picks, Esc closes ",
      selected: chooser.selected, maxWidth: 60, style: theme.style("ui.help"), into: &buffer)
  }
}
