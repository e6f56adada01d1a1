package kg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kg.pipeline.Pipeline;
import kg.rdf.KG;
import kg.resolve.CuratedPeople;
import kg.testkit.Newsletters;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The person summaries a load computes by walking the union of the issue graphs ({@link PersonSummaries}) are the
 * ones their definition ({@code queries/derived/person-*.rq}, which {@code kg rebuild} evaluates) gives: over the
 * bundled issue and the development set's texts of other units, whose people come in Chinese and Latin scripts,
 * with affiliations under parents, memberships of the publishing unit and role titles.
 */
class PersonSummariesTest {
    private static final Path DEV_TEXTS = Path.of("..", "shared", "eval", "dev", "texts");

    @Test
    void walkingTheUnionGivesWhatTheDefinitionGives() throws Exception {
        assumeTrue(Files.isDirectory(DEV_TEXTS), "the shared evaluation kit is beside the project");
        List<Path> docs = new ArrayList<>(List.of(Newsletters.BUNDLED));
        try (Stream<Path> texts = Files.list(DEV_TEXTS)) {
            texts.sorted().forEach(docs::add);
        }
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        try (KgStore store = KgStore.inMemory()) {
            for (Path doc : docs) {
                pipeline.ingest(doc, store);
            }
            store.rebuildDerived();
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                Graph defined = GraphFactory.createGraphMem();
                dsg.getGraph(DerivedGraph.NAME).find().filterDrop(t -> t.getSubject().equals(DerivedGraph.NAME)).forEach(defined::add);
                Set<Node> people = dsg.getUnionGraph().find(Node.ANY, RDF.type.asNode(), KG.Person.asNode())
                        .mapWith(Triple::getSubject).toSet();
                Graph walked = PersonSummaries.of(dsg.getUnionGraph(), people);
                assertTrue(people.size() > 100 && defined.size() > 5 * people.size() / 2, "the texts name many people: " + people.size());
                assertTrue(walked.isIsomorphicWith(defined), () -> "the walk differs from the definition; missing "
                        + sample(defined, walked) + ", extra " + sample(walked, defined));
            });
        }
    }

    private static String sample(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).toList().stream().limit(5).map(Object::toString)
                .collect(Collectors.joining("; ", "[", "]"));
    }
}
