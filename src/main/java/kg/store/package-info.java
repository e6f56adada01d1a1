/**
 * Stage 8, load: validated {@link kg.rdf.IssueGraph issue graphs} go into the TDB2 {@link kg.store.KgStore},
 * one named graph each, one write transaction per issue; the default graph is the union of all graphs. A store
 * another process holds (TDB2 allows one) fails to open with a {@link kg.store.StoreInUseException}.
 */
package kg.store;
