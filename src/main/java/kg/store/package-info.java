/**
 * Stage 8, load: a validated {@link kg.rdf.IssueGraph} replaces its issue's named graph in a TDB2 store, in one
 * write transaction. Queries over {@link kg.store.KgStore#dataset()} see the union of all issue graphs as the
 * default graph.
 */
package kg.store;
