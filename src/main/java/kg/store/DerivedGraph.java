package kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kg.rdf.IssueGraph;
import kg.rdf.KG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDF;

/**
 * The derived graph: a view of the issue graphs, one summary per person and the ties of each pair grouped by
 * newsletter, year and basis, so that archive-wide lists read one description per person instead of the one
 * each issue graph repeats (which the union default graph deduplicates on every lookup). Its definition is SPARQL,
 * {@code queries/derived/*.rq}; each query names the keys it may be restricted to in a {@code VALUES … UNDEF}
 * block, which this class fills with what a load touched.
 *
 * <p>A pair summary holds only facts that are a union over the issue graphs (the works and items of the pair's
 * ties, the affiliations their issues give), so a graph that is added can be summarised on its own and its
 * summary added; a person summary holds aggregates (the name lists show, the titles joined), so it is recomputed
 * over the store for each person a load touches. A graph that is replaced or removed recomputes both for what
 * it held.
 */
public final class DerivedGraph {
    public static final Node NAME = NodeFactory.createURI(KG.GRAPHS + "derived");
    private static final Node PENDING = KG.pendingDerivation.asNode();
    private static final Node TRUE = NodeFactory.createLiteralByValue(true);
    private static final Var PERSON = Var.alloc("person");
    private static final Var ORG = Var.alloc("org");
    private static final Var A = Var.alloc("a");
    private static final Var B = Var.alloc("b");
    private static final List<Query> PEOPLE = List.of(definition("person-summaries.rq"), definition("person-titles.rq"),
            definition("person-internal.rq"),
            definition("person-affiliations.rq"), definition("person-institutions.rq"));
    private static final Query PAIRS = definition("pair-years.rq");
    private static final Query AFFILIATED = definition("affiliated-people.rq");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PERSON_CLASS = KG.Person.asNode();
    private static final Node PAIR_A = KG.pairA.asNode();
    private static final Node PAIR_B = KG.pairB.asNode();
    private static final Node AFFILIATION = KG.affiliation.asNode();
    private static final Node PARENT = KG.subOrganizationOf.asNode();
    private static final Node ORG_NAME = KG.name.asNode();

    private DerivedGraph() {
    }

    /**
     * What a load of these graphs touches: the people of the graphs the store holds under their names and of the
     * graphs themselves, the pair summaries both graphs' ties make (and so their pairs), and how the organisations
     * they name are described now (their names and parents, which people's summaries show). Read inside the load's
     * transaction, before it writes.
     */
    static Touched touchedBy(DatasetGraph store, List<IssueGraph> issues) {
        return touchedBy(store, issues, true);
    }

    /** The same for a bulk load of new issues, whose pair summaries go in with it: no pair summaries are looked for. */
    static Touched touchedByNew(DatasetGraph store, List<IssueGraph> issues) {
        return touchedBy(store, issues, false);
    }

    private static Touched touchedBy(DatasetGraph store, List<IssueGraph> issues, boolean withPairs) {
        Set<Node> people = new HashSet<>();
        Set<Node> orgs = new HashSet<>();
        Set<Node> pairNodes = new HashSet<>();
        Set<List<Node>> pairs = new HashSet<>();
        for (IssueGraph issue : issues) {
            for (Graph g : List.of(store.getGraph(issue.graphName()), issue.graph())) {
                g.find(Node.ANY, TYPE, PERSON_CLASS).forEach(t -> people.add(t.getSubject()));
                g.find(Node.ANY, AFFILIATION, Node.ANY).forEach(t -> orgs.add(t.getObject()));
                g.find(Node.ANY, PARENT, Node.ANY).forEach(t -> {
                    orgs.add(t.getSubject());
                    orgs.add(t.getObject());
                });
                if (withPairs) {
                    Graph summaries = PairSummaries.of(g);
                    summaries.find(Node.ANY, PAIR_A, Node.ANY).forEach(t -> {
                        pairNodes.add(t.getSubject());
                        summaries.find(t.getSubject(), PAIR_B, Node.ANY).forEach(b -> pairs.add(List.of(t.getObject(), b.getObject())));
                    });
                }
            }
        }
        return new Touched(people, pairs, pairNodes, describe(store, orgs));
    }

    /** Each organisation's names and parents over all the store's graphs. */
    private static Map<Node, Set<List<Node>>> describe(DatasetGraph store, Set<Node> orgs) {
        Map<Node, Set<List<Node>>> out = new HashMap<>();
        for (Node org : orgs) {
            Set<List<Node>> facts = new HashSet<>();
            for (Node p : List.of(ORG_NAME, PARENT)) {
                store.find(Node.ANY, org, p, Node.ANY).forEachRemaining(q -> facts.add(List.of(p, q.getObject())));
            }
            out.put(org, facts);
        }
        return out;
    }

    /**
     * Brings the derived graph up to date for what a load touched, over the store as the load left it; called in
     * the load's write transaction, after the issue graphs are written.
     */
    static void update(DatasetGraph store, Touched touched) {
        // the summaries the old and new graphs' ties make: the pair's others hold only other graphs' ties, and the
        // recomputation below gives them again as they are
        touched.pairNodes().forEach(n -> store.deleteAny(NAME, n, Node.ANY, Node.ANY));
        if (!touched.pairs().isEmpty()) {
            List<Binding> keys = touched.pairs().stream()
                    .map(p -> BindingFactory.binding(A, p.get(0), B, p.get(1))).toList();
            add(store, construct(store, restricted(PAIRS, List.of(A, B), keys)));
        }
        dropEmptyYears(store);
        updatePeople(store, touched);
    }

    /** A year node whose summaries are all gone goes too, as a rebuild would not make it. */
    private static void dropEmptyYears(DatasetGraph store) {
        List<Quad> years = new ArrayList<>();
        store.find(NAME, Node.ANY, KG.yearValue.asNode(), Node.ANY).forEachRemaining(years::add);
        for (Quad y : years) {
            if (!store.find(NAME, Node.ANY, KG.pairYear.asNode(), y.getObject()).hasNext()) {
                store.delete(y);
            }
        }
    }

    /**
     * Brings the person summaries up to date for what a load touched: its people, and the people below an
     * organisation whose names or parents it changed. After a bulk load, whose pair summaries went in with it.
     */
    static void updatePeople(DatasetGraph store, Touched touched) {
        Set<Node> people = new LinkedHashSet<>(touched.people());
        Map<Node, Set<List<Node>>> now = describe(store, touched.orgs().keySet());
        List<Node> changedOrgs = touched.orgs().keySet().stream()
                .filter(o -> !touched.orgs().get(o).equals(now.get(o))).toList();
        if (!changedOrgs.isEmpty()) {
            QueryExec.dataset(store).query(restricted(AFFILIATED, List.of(ORG), rows(ORG, changedOrgs))).select()
                    .forEachRemaining(row -> people.add(row.get(PERSON)));
        }
        people.forEach(p -> store.deleteAny(NAME, p, Node.ANY, Node.ANY));
        if (!people.isEmpty()) {
            List<Binding> keys = rows(PERSON, people);
            PEOPLE.forEach(q -> add(store, construct(store, restricted(q, List.of(PERSON), keys))));
        }
        markCurrent(store);
    }

    /** Recomputes the whole derived graph from the issue graphs; in a write transaction. */
    static void rebuild(DatasetGraph store) {
        store.deleteAny(NAME, Node.ANY, Node.ANY, Node.ANY);
        PEOPLE.forEach(q -> add(store, construct(store, q)));
        add(store, construct(store, PAIRS));
        markCurrent(store);
    }

    /** The derived graph says it is complete: a store without this (made before it existed, or a bulk load cut short) is rebuilt when opened. */
    private static void markCurrent(DatasetGraph store) {
        store.delete(NAME, NAME, PENDING, TRUE);
        store.add(NAME, NAME, TYPE, KG.DerivedGraph.asNode());
    }

    /** Does the store's derived graph need a rebuild: it holds issue graphs, and its derived graph is missing or a bulk load left it pending? */
    static boolean needsRebuild(DatasetGraph store) {
        if (store.contains(NAME, NAME, PENDING, TRUE)) {
            return true;
        }
        if (store.contains(NAME, NAME, TYPE, KG.DerivedGraph.asNode())) {
            return false;
        }
        var graphs = store.listGraphNodes();
        while (graphs.hasNext()) {
            Node g = graphs.next();
            if (!g.equals(NAME) && !g.equals(KgStore.ONTOLOGY_GRAPH)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The whole derived graph, computed where {@code run} sends a query (a remote store's SPARQL endpoint, whose
     * default graph is the union of the issue graphs).
     */
    public static Graph computeAt(Function<Query, QueryExec> run) {
        Graph out = GraphFactory.createGraphMem();
        PEOPLE.forEach(q -> run.apply(q).construct().find().forEach(out::add));
        run.apply(PAIRS).construct().find().forEach(out::add);
        out.add(NAME, TYPE, KG.DerivedGraph.asNode());
        return out;
    }

    /** The flag a bulk load sets, in the same load, on a derived graph whose person summaries it leaves to follow. */
    static Quad pendingFlag() {
        return Quad.create(NAME, NAME, PENDING, TRUE);
    }

    private static Graph construct(DatasetGraph store, Query q) {
        return QueryExec.dataset(store).query(q).construct();
    }

    private static void add(DatasetGraph store, Graph g) {
        g.find().forEach(t -> store.add(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private static List<Binding> rows(Var v, Collection<Node> nodes) {
        return nodes.stream().map(n -> BindingFactory.binding(v, n)).toList();
    }

    /** The query with its {@code VALUES} block over exactly these variables holding these rows instead of UNDEF. */
    static Query restricted(Query definition, List<Var> vars, List<Binding> keys) {
        Query q = definition.cloneQuery();
        boolean[] found = {false};
        walk(q, new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                if (data.getVars().equals(vars)) {
                    data.getRows().clear();
                    keys.forEach(data::add);
                    found[0] = true;
                }
            }
        });
        if (!found[0]) {
            throw new IllegalStateException("derived-graph query has no VALUES block over " + vars + ":\n" + definition);
        }
        return q;
    }

    private static void walk(Query q, ElementVisitorBase visitor) {
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData el) {
                visitor.visit(el);
            }

            @Override
            public void visit(ElementSubQuery el) {
                walk(el.getQuery(), visitor);
            }
        });
    }

    private static Query definition(String file) {
        try (InputStream in = DerivedGraph.class.getResourceAsStream("/kg/queries/derived/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no derived-graph query " + file + " on the classpath");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a load touches, taken before it writes: people, pairs (person A, person B), the pair summaries the old and
     * new graphs' ties make, and organisations' descriptions.
     */
    record Touched(Set<Node> people, Set<List<Node>> pairs, Set<Node> pairNodes, Map<Node, Set<List<Node>>> orgs) {
    }
}
