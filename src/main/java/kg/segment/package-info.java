/**
 * Stage 3, segment: a {@link kg.normalize.NormalizedDocument} becomes a {@link kg.segment.SegmentedDocument}:
 * the metadata from its running header, and its {@link kg.segment.Item items} (section, number,
 * title, date, body). See {@link kg.segment.Segmenter} for the grammar.
 */
package kg.segment;
