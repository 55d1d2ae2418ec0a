import Foundation

/// libFuzzer entry: any bytes loaded as a text or Markdown article (the bytes sniff which), then
/// annotated and exported as JSON, brat and the text summary.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnnotator(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  guard let loaded = try? ArticleLoader().load(data, name: "fuzz", format: nil) else { return 0 }
  let document = AnnotatedArticle(
    article: loaded.article, annotations: Annotator().annotate(loaded.article))
  let exporters: [any ArticleExporter] = [JSONExporter(), BratExporter(), TextSummaryExporter()]
  for exporter in exporters { _ = exporter.export(document) }
  return 0
}
