/**
 * Stage 1, read: a file on disk becomes a {@link kg.source.SourceDocument}: its text in reading order, how it
 * was read (format and encoding) and the running headers taken off its pages.
 *
 * <p>{@link kg.source.SourceReader} picks a reader by the file's extension (the first bytes must agree):
 * plain text in UTF-8, UTF-16, GB18030/GBK or Big5 (detected), PDF (PDFBox), one HTML article page (jsoup),
 * Word .docx (POI). Input that cannot be a document, or is over the size limit or the text limit, fails here with an
 * {@link kg.source.InputException} naming the file and the problem, before anything is written anywhere.
 */
package kg.source;
