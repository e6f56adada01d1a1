package kg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every term the code uses is declared in ontology/kg.ttl, with an English and a Chinese label. */
class VocabularyTest {
    @Test
    void everyConstantIsDeclaredAndLabelledInBothLanguages() throws Exception {
        Graph ontology = Ontology.graph();
        int checked = 0;
        for (Field f : KG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Node term = ((Resource) f.get(null)).asNode();
            boolean declared = ontology.contains(term, RDF.type.asNode(), OWL.Class.asNode())
                    || ontology.contains(term, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                    || ontology.contains(term, RDF.type.asNode(), OWL.DatatypeProperty.asNode());
            assertTrue(declared, f.getName() + " is declared in the ontology");
            assertTrue(ontology.find(term, RDFS.label.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> "en".equals(t.getObject().getLiteralLanguage())), f.getName() + " has an English label");
            assertTrue(ontology.find(term, RDFS.label.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> "zh".equals(t.getObject().getLiteralLanguage())), f.getName() + " has a Chinese label");
            checked++;
        }
        assertTrue(checked > 50, "checked " + checked + " terms");
    }

    @Test
    void everyOntologyTermIsUsedByTheCode() throws Exception {
        Graph ontology = Ontology.graph();
        java.util.Set<Node> used = new java.util.HashSet<>();
        for (Field f : KG.class.getFields()) {
            if (Resource.class.isAssignableFrom(f.getType())) {
                used.add(((Resource) f.get(null)).asNode());
            }
        }
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(KG.NAMESPACE)) {
                assertTrue(used.contains(t.getSubject()), t.getSubject() + " has a constant in KG");
            }
        });
        assertTrue(ontology.contains(NodeFactory.createURI("https://kg.ess.tsinghua.edu.cn/def"), RDF.type.asNode(), OWL.Ontology.asNode()));
    }
}
