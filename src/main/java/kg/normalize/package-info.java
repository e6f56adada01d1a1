/**
 * Stage 2, normalise: a {@link kg.source.SourceDocument} becomes a {@link kg.normalize.NormalizedDocument},
 * the paragraphs a reader sees. Lines the PDF broke are joined (with a space only between two Latin words),
 * running headers and bare page numbers are dropped (the headers kept aside for the metadata), and
 * a link line that repeats a link already printed is dropped as the page-end repeat it is.
 */
package kg.normalize;
