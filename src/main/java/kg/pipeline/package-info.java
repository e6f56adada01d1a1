/**
 * Wires the stages in the one direction the data flows: {@link kg.source} → {@link kg.normalize} →
 * {@link kg.segment} → {@link kg.extract} → {@link kg.resolve} → {@link kg.rdf} → {@link kg.validate} →
 * {@link kg.store}. The command line and the server use the stages only through this package. A document is
 * first {@link kg.pipeline.Pipeline#prepare prepared} (read up to a validated graph, nothing written), then
 * {@link kg.pipeline.Pipeline#load loaded} in one write transaction, so that a caller can check a whole batch
 * before it writes any of it.
 */
package kg.pipeline;
