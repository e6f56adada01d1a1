package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kg.testkit.BundledStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The graph's IRIs dereference at a real {@code kg serve} over the bundled issue: {@code /id/…} of a person, an item,
 * a work and a project in Turtle, JSON-LD and N-Triples, with the facts about it and the items they came from; a
 * browser is sent to its page; the ontology at {@code /def}.
 */
class LinkedDataIT {
    private static final String ID = "https://kg.ess.tsinghua.edu.cn/id/";
    private static final String KG = "https://kg.ess.tsinghua.edu.cn/def#";
    private static final Node DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node TITLE = NodeFactory.createURI(KG + "title");
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @TempDir
    static Path dir;

    static ServerProcess server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        server = ServerProcess.serve("--store", BundledStore.copyTo(dir.resolve("store")).toString());
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "person/fu-haohuan-25bd, Person, http://xmlns.com/foaf/0.1/Person, /people/fu-haohuan-25bd",
        "item/gongzuodongtai-2025-1/2.5, NewsletterItem, https://schema.org/NewsArticle, /items/gongzuodongtai-2025-1/2.5",
        "work/doi/10.1038/s41597-024-03223-1, Article, https://schema.org/ScholarlyArticle, /about/work/doi/10.1038/s41597-024-03223-1",
        "project/2024YFF1307600, Project, https://schema.org/ResearchProject, /about/project/2024YFF1307600",
    })
    void eachKindDereferencesInEveryFormat(String path, String kgType, String standardType, String page) {
        Node resource = NodeFactory.createURI(ID + path);
        Graph turtle = description(path, "text/turtle", Lang.TURTLE);
        assertTrue(turtle.contains(resource, RDF.type.asNode(), NodeFactory.createURI(KG + kgType)), path + " is a kg:" + kgType);
        assertTrue(turtle.contains(resource, RDF.type.asNode(), NodeFactory.createURI(standardType)), path + " is a " + standardType);
        assertTrue(turtle.isIsomorphicWith(description(path, "application/ld+json", Lang.JSONLD)), "JSON-LD says what Turtle says");
        assertTrue(turtle.isIsomorphicWith(description(path, "application/n-triples", Lang.NTRIPLES)), "so does N-Triples");

        HttpResponse<String> browser = http.get("id/" + path, "Accept", BROWSER);
        assertEquals(303, browser.statusCode(), browser.body());
        assertEquals(page, browser.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> html = http.get(page.substring(1), "Accept", BROWSER);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }

    @Test
    void aPersonsFactsComeWithTheItemsTheyCameFrom() {
        String path = "person/fu-haohuan-25bd";
        Graph g = description(path, "text/turtle", Lang.TURTLE);
        Node person = NodeFactory.createURI(ID + path);
        assertTrue(g.contains(person, NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), NodeFactory.createLiteralString("付昊桓")));
        // the credits: authorship nodes that name the person, each derived from an item the description titles
        List<Node> credits = g.find(Node.ANY, NodeFactory.createURI(KG + "agent"), person).mapWith(Triple::getSubject).toList();
        assertFalse(credits.isEmpty(), "the person's credits");
        for (Node credit : credits) {
            Node item = g.find(credit, DERIVED, Node.ANY).next().getObject();
            assertTrue(g.contains(item, TITLE, Node.ANY), credit + " comes from " + item + ", with its title");
        }
        Node work = NodeFactory.createURI(ID + "work/doi/10.1038/s41597-024-03223-1");
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(KG + "work"), work), "a work the person is credited with");
        assertTrue(g.contains(work, NodeFactory.createURI(KG + "doi"), Node.ANY), "named by its DOI, as it has no title");
    }

    @Test
    void aWorksAuthorsAndSourceAreInItsDescription() {
        String path = "work/doi/10.1038/s41597-024-03223-1";
        Graph g = description(path, "text/turtle", Lang.TURTLE);
        Node work = NodeFactory.createURI(ID + path);
        assertTrue(g.contains(work, NodeFactory.createURI("http://purl.org/ontology/bibo/doi"), NodeFactory.createLiteralString("10.1038/s41597-024-03223-1")));
        Node item = g.find(work, DERIVED, Node.ANY).next().getObject();
        assertEquals(ID + "item/gongzuodongtai-2025-1/2.5", item.getURI());
        assertTrue(g.contains(item, TITLE, Node.ANY), "the item's title");
        Set<Node> credited = g.find(Node.ANY, NodeFactory.createURI(KG + "work"), work)
                .mapWith(t -> g.find(t.getSubject(), NodeFactory.createURI(KG + "agent"), Node.ANY).next().getObject()).toSet();
        Set<Node> shortcuts = g.find(work, Node.ANY, Node.ANY).filterKeep(t -> t.getPredicate().getURI().matches("https://schema.org/(author|contributor)"))
                .mapWith(Triple::getObject).toSet();
        assertFalse(credited.isEmpty());
        assertEquals(credited, shortcuts, "schema:author and schema:contributor are the work's credits");
    }

    @Test
    void anItemsDescriptionHoldsTheFactsDerivedFromIt() {
        String path = "item/gongzuodongtai-2025-1/2.5";
        Graph g = description(path, "text/turtle", Lang.TURTLE);
        Node item = NodeFactory.createURI(ID + path);
        Set<String> derived = g.find(Node.ANY, DERIVED, item).mapWith(t -> t.getSubject().getURI().replaceFirst(ID + "([^/]+)/.*", "$1")).toSet();
        assertTrue(derived.containsAll(Set.of("work", "authorship", "conferral")), derived.toString());
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(KG + "mentionedIn"), item), "the people it mentions");
    }

    @Test
    void anUnknownIriIsNotFoundInEveryFormat() {
        for (String accept : List.of("text/turtle", "application/ld+json", BROWSER)) {
            assertEquals(404, http.get("id/person/no-such-person-0000", "Accept", accept).statusCode(), accept);
        }
        assertEquals(404, http.get("id/", "Accept", "text/turtle").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/html;q=0.4, text/turtle;q=0.9 | text/turtle",
        "text/turtle;q=0.5, application/ld+json;q=0.9 | application/ld+json",
        "application/n-triples, text/html;q=0.1 | application/n-triples",
        "*/* | text/turtle",
    })
    void theAcceptHeadersQValuesChoose(String accept, String chosen) {
        HttpResponse<String> r = http.get("id/person/fu-haohuan-25bd", "Accept", accept);
        assertEquals(200, r.statusCode());
        assertEquals(chosen, r.headers().firstValue("Content-Type").orElseThrow().replaceFirst(";.*", ""));
        assertTrue(r.headers().allValues("Vary").contains("Accept"));
    }

    @Test
    void aTypeNotOfferedIsNotAcceptableAndAFormatParameterWins() {
        assertEquals(406, http.get("id/person/fu-haohuan-25bd", "Accept", "image/png").statusCode());
        HttpResponse<String> r = http.get("id/person/fu-haohuan-25bd?format=jsonld", "Accept", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
    }

    @Test
    void theOntologyIsTurtleJsonLdAndAPage() {
        Graph turtle = parse(http.get("def", "Accept", "text/turtle"), "text/turtle", Lang.TURTLE);
        Node person = NodeFactory.createURI(KG + "Person");
        Set<String> labels = turtle.find(person, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLanguage()).toSet();
        assertEquals(Set.of("en", "zh"), labels);
        assertTrue(turtle.contains(person, RDFS.subClassOf.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/Person")));
        assertTrue(turtle.isIsomorphicWith(parse(http.get("def", "Accept", "application/ld+json"), "application/ld+json", Lang.JSONLD)));
        HttpResponse<String> page = http.get("def", "Accept", BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("ontology.js"), "the page that renders the ontology");
    }

    /** The description at /id/PATH asked for in this type, parsed. */
    private static Graph description(String path, String type, Lang lang) {
        return parse(http.get("id/" + path, "Accept", type), type, lang);
    }

    private static Graph parse(HttpResponse<String> r, String type, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(type, r.headers().firstValue("Content-Type").orElseThrow().replaceFirst(";.*", ""));
        Graph g = RDFParser.fromString(r.body(), lang).toGraph();
        assertTrue(g.size() > 0, "a description of " + r.uri());
        return g;
    }
}
