/**
 * Stage 1, read: a file on disk becomes a {@link kg.source.SourceDocument} (its path and decoded text).
 * Input that cannot be a document fails here with an {@link kg.source.InputException} naming the file.
 */
package kg.source;
