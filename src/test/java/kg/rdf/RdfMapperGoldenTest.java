package kg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kg.pipeline.GoldenCases;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The issue graph of {@code golden/rdf/<case>/input.txt} is isomorphic to {@code expected.ttl}. */
class RdfMapperGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenCases.of("rdf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsToTheExpectedGraph(String name, Path dir) {
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        Graph actual = pipeline.graph(pipeline.resolve(dir.resolve("input.txt"))).graph();
        GoldenCases.keepActual(dir, "expected.ttl", turtle(actual));
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(dir.resolve("expected.ttl")).lang(Lang.TURTLE).parse(expected);
        assertTrue(actual.isIsomorphicWith(expected), () -> "case " + name + ": the graph differs; actual graph:\n" + sortedNTriples(actual));
    }

    private static String turtle(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String sortedNTriples(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().collect(Collectors.joining("\n"));
    }
}
