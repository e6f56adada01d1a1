/**
 * Stage 9, query: the canned queries of {@code queries/} ({@link kg.query.QueryCatalog}) run over the store
 * ({@link kg.query.QueryRunner}) with parameters bound as RDF terms, written as CSV, TSV, SPARQL JSON or a table.
 */
package kg.query;
