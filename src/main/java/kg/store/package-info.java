/**
 * Stage 8, load: {@link kg.validate.ValidGraph validated issue graphs} go into an {@link kg.store.IssueStore}: the
 * TDB2 {@link kg.store.KgStore} (one named graph each, one write transaction per batch, TDB2's bulk loader for a
 * batch as large as the store; the default graph is the union of all graphs), or any SPARQL 1.1 Graph Store
 * Protocol endpoint ({@link kg.store.RemoteGraphStore}, one PUT per issue graph).
 */
package kg.store;
