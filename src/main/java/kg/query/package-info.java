/**
 * Stage 9, query: the canned queries of {@code queries/} ({@link kg.query.QueryCatalog}) run over the store
 * ({@link kg.query.QueryRunner}) with parameters bound as RDF terms (checked against their declared type, required
 * unless they have a default), written as CSV, TSV, SPARQL JSON or a table for a terminal ({@link kg.query.ResultTable},
 * columns aligned by display width); CSV and TSV cells a spreadsheet would
 * run are neutralised ({@link kg.query.SpreadsheetCells}). {@link kg.query.ServicePolicy} says where a SPARQL
 * {@code SERVICE} may go: by default nowhere.
 */
package kg.query;
