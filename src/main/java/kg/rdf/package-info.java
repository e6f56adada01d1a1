/**
 * Stage 6, map to RDF: a {@link kg.resolve.ResolvedDocument} becomes an {@link kg.rdf.IssueGraph}, the issue's
 * named graph under the departmental ontology ({@link kg.rdf.KG}, {@code ontology/kg.ttl}). IRIs are minted
 * from normalised keys only (an organisation from the key the resolve stage gave it, so that one organisation has
 * one IRI in every issue), there are no blank nodes, and every fact is derived from its item.
 */
package kg.rdf;
