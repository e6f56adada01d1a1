/**
 * Stage 7, validate: an {@link kg.rdf.IssueGraph} is checked against the SHACL shapes of {@code ontology/}.
 * A graph that breaks a shape is refused with a {@link kg.validate.ValidationException} naming the node and
 * the shape; nothing of it reaches the store.
 */
package kg.validate;
