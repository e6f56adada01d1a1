/**
 * Report: the store, or a remote SPARQL endpoint (a {@link kg.query.QueryTarget}, through the canned
 * {@code queries/review-*.rq}), becomes an annual {@link kg.report.Review}
 * of who worked with whom: each member's works once with everyone on them, every tie backed by the newsletter
 * item it came from, written as
 * Markdown, HTML, CSV or JSON ({@link kg.report.ReviewFormat}); and the collaboration {@link kg.report.Network}
 * for Gephi and spreadsheets (GEXF, GraphML, CSV), or the whole dataset as TriG or JSON-LD written with RDF4J Rio
 * ({@link kg.report.RdfExport}).
 *
 * <p>Dating: a fact with a date of its own (a work's publication date, an event's date, an award's year) is
 * dated by it; one without takes its item's date, else its issue's year, and is marked as dated by its issue
 * ({@link kg.report.FactDate}).
 */
package kg.report;
