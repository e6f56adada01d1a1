/**
 * Serve, after query: the store over HTTP. {@link kg.serve.KgServer} is an embedded Fuseki (Fuseki Main) with
 * <ul>
 * <li>the SPARQL endpoints of dataset {@code /kg} (query, Graph Store read; update only with credentials),
 *     and the Fuseki UI at {@code /?ui};</li>
 * <li>{@code /}: the front page, linking the pages, the reviews and the query UI;</li>
 * <li>{@code /api/queries}: the canned queries of {@code queries/} as JSON, SPARQL JSON, CSV or TSV;</li>
 * <li>the pages {@code /network}, {@code /people/{id}}, {@code /people/doubtful}, {@code /items/{issue}/{position}} and
 *     {@code /queries}, static files from {@code kg/serve/web} that draw what the canned queries return;</li>
 * <li>{@code /review/{year}}: the annual review of {@code kg.report} as one page.</li>
 * </ul>
 * Input: a {@link org.apache.jena.query.Dataset} (the store's), or the address of a remote SPARQL query endpoint,
 * which the canned queries, the pages and the review then read and to which {@code /kg/sparql} passes queries on
 * ({@link kg.serve.RemoteQuery}). Both query operations refuse a {@code SERVICE} the server does not allow, before it
 * runs ({@link kg.serve.GuardedQuery}). Output: HTTP responses; nothing here writes to the store except an
 * authenticated SPARQL update, and nothing at all over a remote endpoint.
 */
package kg.serve;
