/**
 * Wires the stages in the one direction the data flows: {@link kg.source} → {@link kg.normalize} →
 * {@link kg.segment} → {@link kg.extract} → {@link kg.resolve} → {@link kg.rdf} → {@link kg.validate} →
 * {@link kg.store}. The command line and the server use the stages only through this package.
 */
package kg.pipeline;
