package kg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.store.KgStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ExportTest {
    @TempDir
    static Path storeDir;

    static KgStore kg;
    static Network network;
    /** The collaborations query's rows: "a | b" (names, ordered) → basis. */
    static Map<String, String> collaborations = new HashMap<>();

    @BeforeAll
    static void ingest() throws IOException {
        kg = BundledIssue.ingest(storeDir);
        network = Network.of(GraphFacts.read(kg.dataset()), e -> true);
        new QueryRunner(kg.dataset()).select(QueryCatalog.load().get("collaborations").orElseThrow(), Map.of(), rs -> {
            rs.forEachRemaining(row -> collaborations.put(pair(row.getLiteral("a").getString(), row.getLiteral("b").getString()),
                    row.getLiteral("basis").getString()));
            return null;
        });
    }

    @AfterAll
    static void close() {
        kg.close();
    }

    @Test
    void gexfParsesBackToTheCollaborationNetwork() throws Exception {
        Document doc = parse(ExportFormat.GEXF);
        Element root = doc.getDocumentElement();
        assertEquals(GexfWriter.NS, root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        Map<String, String> names = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS(GexfWriter.NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            names.put(n.getAttribute("id"), n.getAttribute("label"));
            Map<String, String> values = attValues(n);
            assertTrue(values.keySet().containsAll(Set.of("name", "pinyin", "internal")), "attributes of " + n.getAttribute("id"));
            assertEquals(n.getAttribute("label"), values.get("name"));
        }
        assertEquals(network.nodes().size(), names.size());
        Map<String, String> edges = new HashMap<>();
        NodeList es = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
        for (int i = 0; i < es.getLength(); i++) {
            Element e = (Element) es.item(i);
            assertTrue(Integer.parseInt(e.getAttribute("weight")) >= 1);
            edges.put(pair(names.get(e.getAttribute("source")), names.get(e.getAttribute("target"))),
                    attValues(e).get("basis"));
        }
        assertEquals(sorted(collaborations), sorted(edges));
    }

    @Test
    void graphmlParsesBackToTheCollaborationNetwork() throws Exception {
        Document doc = parse(ExportFormat.GRAPHML);
        assertEquals(GraphMlWriter.NS, doc.getDocumentElement().getNamespaceURI());
        Element graph = (Element) doc.getElementsByTagNameNS(GraphMlWriter.NS, "graph").item(0);
        assertEquals("undirected", graph.getAttribute("edgedefault"));
        Map<String, String> names = new HashMap<>();
        int internal = 0;
        NodeList nodes = doc.getElementsByTagNameNS(GraphMlWriter.NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            Map<String, String> data = data(n);
            names.put(n.getAttribute("id"), data.get("name"));
            assertTrue(data.containsKey("pinyin"), "pinyin of " + n.getAttribute("id"));
            internal += Boolean.parseBoolean(data.get("internal")) ? 1 : 0;
        }
        assertEquals(network.nodes().size(), names.size());
        assertEquals(network.nodes().stream().filter(Person::internal).count(), internal);
        Map<String, String> edges = new HashMap<>();
        NodeList es = doc.getElementsByTagNameNS(GraphMlWriter.NS, "edge");
        int weights = 0;
        for (int i = 0; i < es.getLength(); i++) {
            Element e = (Element) es.item(i);
            Map<String, String> data = data(e);
            weights += Integer.parseInt(data.get("weight"));
            edges.put(pair(names.get(e.getAttribute("source")), names.get(e.getAttribute("target"))), data.get("basis"));
        }
        assertEquals(sorted(collaborations), sorted(edges));
        assertEquals(network.edges().stream().mapToInt(Network.Edge::weight).sum(), weights);
    }

    @Test
    void csvHasOneEdgePerPair() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(write(ExportFormat.CSV))).getRecords();
        Map<String, String> edges = new HashMap<>();
        rows.forEach(r -> edges.put(pair(r.get("source_name"), r.get("target_name")), r.get("basis")));
        assertEquals(collaborations.size(), rows.size());
        assertEquals(sorted(collaborations), sorted(edges));
    }

    @Test
    void aYearsNetworkKeepsOnlyThatYearsEvidence() {
        Network y2024 = Network.of(GraphFacts.read(kg.dataset()), GraphFacts.inYear(2024));
        // only the April 2024 Scientific Data paper is dated 2024: its six authors, fifteen pairs
        assertEquals(6, y2024.nodes().size());
        assertEquals(15, y2024.edges().size());
    }

    @Test
    void trigReadsBackIsomorphic() {
        assertRoundTrip(ExportFormat.TRIG, Lang.TRIG);
    }

    @Test
    void jsonLdReadsBackIsomorphic() {
        assertRoundTrip(ExportFormat.JSONLD, Lang.JSONLD);
    }

    private static void assertRoundTrip(ExportFormat format, Lang lang) {
        StringWriter out = new StringWriter();
        RdfExport.write(kg.dataset(), format.rdf(), out);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(out.toString(), lang).parse(back);
        Txn.executeRead(kg.dataset(), () -> {
            DatasetGraph original = kg.dataset().asDatasetGraph();
            List<Node> names = new ArrayList<>();
            original.listGraphNodes().forEachRemaining(names::add);
            List<Node> namesBack = new ArrayList<>();
            back.listGraphNodes().forEachRemaining(namesBack::add);
            assertEquals(new TreeSet<>(names.stream().map(Node::getURI).toList()),
                    new TreeSet<>(namesBack.stream().map(Node::getURI).toList()), format + ": graph names");
            assertTrue(names.size() >= 2, "an issue graph and the ontology graph");
            for (Node g : names) {
                Graph a = original.getGraph(g);
                Graph b = back.getGraph(g);
                assertEquals(a.size(), b.size(), format + ": size of " + g);
                assertTrue(a.isIsomorphicWith(b), format + ": " + g + " is not isomorphic after the round trip");
            }
            assertEquals(0, back.getDefaultGraph().size(), format + ": nothing in the default graph");
        });
    }

    private static Document parse(ExportFormat format) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(write(format))));
    }

    private static String write(ExportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.network().write(network, out);
        return out.toString();
    }

    private static Map<String, String> attValues(Element e) {
        Map<String, String> out = new HashMap<>();
        NodeList values = e.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            out.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return out;
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> out = new HashMap<>();
        NodeList values = e.getElementsByTagNameNS(GraphMlWriter.NS, "data");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            out.put(v.getAttribute("key"), v.getTextContent());
        }
        return out;
    }

    private static Map<String, String> sorted(Map<String, String> pairs) {
        Map<String, String> out = new TreeMap<>();
        pairs.forEach((k, v) -> out.put(k, String.join(";", new TreeSet<>(List.of(v.split(";"))))));
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a;
    }
}
