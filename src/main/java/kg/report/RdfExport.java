package kg.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kg.rdf.KG;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * The whole dataset (every named graph: the issues and the ontology) written with RDF4J Rio as TriG or JSON-LD.
 * Jena's quads are converted term by term; statements go out sorted by graph, so each graph is one block.
 */
public final class RdfExport {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RdfExport() {
    }

    public static void write(Dataset dataset, RDFFormat format, Writer out) {
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(quads::add));
        quads.sort(Comparator.comparing((Quad q) -> q.getGraph().toString()).thenComparing(q -> q.getSubject().toString())
                .thenComparing(q -> q.getPredicate().toString()).thenComparing(q -> q.getObject().toString()));
        RDFWriter rio = Rio.createWriter(format, out);
        // Compact JSON-LD: the namespaces below become its context, so terms read as kg:name, not full IRIs.
        rio.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        rio.startRDF();
        rio.handleNamespace(KG.PREFIX, KG.NAMESPACE);
        rio.handleNamespace("id", KG.DATA);
        rio.handleNamespace("prov", "http://www.w3.org/ns/prov#");
        rio.handleNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        rio.handleNamespace("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        rio.handleNamespace("owl", "http://www.w3.org/2002/07/owl#");
        rio.handleNamespace("xsd", "http://www.w3.org/2001/XMLSchema#");
        for (Quad q : quads) {
            rio.handleStatement(statement(q));
        }
        rio.endRDF();
    }

    static Statement statement(Quad q) {
        Resource context = q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
        return VF.createStatement((Resource) value(q.getSubject()), (IRI) value(q.getPredicate()), value(q.getObject()),
                context);
    }

    private static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel());
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return lang != null && !lang.isEmpty() ? VF.createLiteral(n.getLiteralLexicalForm(), lang)
                    : VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot export " + n + ": not an IRI, blank node or literal");
    }
}
