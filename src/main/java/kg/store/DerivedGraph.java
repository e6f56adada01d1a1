package kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kg.rdf.IssueGraph;
import kg.rdf.KG;
import org.apache.jena.atlas.iterator.Iter;
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
 * The derived graph: a view of the issue graphs, one summary per person, so that archive-wide lists read one
 * description per person instead of the one each issue graph repeats (which the union default graph deduplicates on
 * every lookup). Its definition is SPARQL, {@code queries/derived/*.rq}, which {@code kg rebuild} evaluates; a load
 * computes the summaries of the people it touches with {@link PersonSummaries}, which the definition's test holds
 * equal to it. A summary holds aggregates over every issue graph that names the person (the name lists show, their
 * titles, their institutions), so a load recomputes it for each person it touches: those its graphs name, before and
 * after, and those below an organisation whose names or parents it changes.
 */
public final class DerivedGraph {
    public static final Node NAME = NodeFactory.createURI(KG.GRAPHS + "derived");
    private static final Node PENDING = KG.pendingDerivation.asNode();
    private static final Node TRUE = NodeFactory.createLiteralByValue(true);
    private static final Var PERSON = Var.alloc("person");
    private static final Var ORG = Var.alloc("org");
    private static final List<Query> PEOPLE = List.of(definition("person-summaries.rq"), definition("person-titles.rq"),
            definition("person-internal.rq"),
            definition("person-affiliations.rq"), definition("person-institutions.rq"));
    private static final Query AFFILIATED = definition("affiliated-people.rq");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PERSON_CLASS = KG.Person.asNode();
    private static final Node AFFILIATION = KG.affiliation.asNode();
    private static final Node PARENT = KG.subOrganizationOf.asNode();
    private static final Node ORG_NAME = KG.name.asNode();

    private DerivedGraph() {
    }

    /**
     * What a load of these graphs touches: the people of the graphs the store holds under their names and of the
     * graphs themselves, and how the organisations they name are described now (their names and parents, which
     * people's summaries show). Read inside the load's transaction, before it writes.
     */
    static Touched touchedBy(DatasetGraph store, List<IssueGraph> issues) {
        Set<Node> people = new HashSet<>();
        Set<Node> orgs = new HashSet<>();
        for (IssueGraph issue : issues) {
            for (Graph g : List.of(store.getGraph(issue.graphName()), issue.graph())) {
                g.find(Node.ANY, TYPE, PERSON_CLASS).forEach(t -> people.add(t.getSubject()));
                g.find(Node.ANY, AFFILIATION, Node.ANY).forEach(t -> orgs.add(t.getObject()));
                g.find(Node.ANY, PARENT, Node.ANY).forEach(t -> {
                    orgs.add(t.getSubject());
                    orgs.add(t.getObject());
                });
            }
        }
        return new Touched(people, describe(store, orgs));
    }

    /** Each organisation's names and parents over all the store's graphs. */
    private static Map<Node, Set<List<Node>>> describe(DatasetGraph store, Set<Node> orgs) {
        Map<Node, Set<List<Node>>> out = new HashMap<>();
        orgs.forEach(org -> out.put(org, describe(store.getUnionGraph(), org)));
        return out;
    }

    private static Set<List<Node>> describe(Graph union, Node org) {
        Set<List<Node>> facts = new HashSet<>();
        for (Node p : List.of(ORG_NAME, PARENT)) {
            union.find(org, p, Node.ANY).forEach(t -> facts.add(List.of(p, t.getObject())));
        }
        return facts;
    }

    /**
     * Brings the derived graph up to date for what a load touched, over the store as the load left it; called in
     * the load's write transaction, after the issue graphs are written.
     */
    static void update(DatasetGraph store, Touched touched) {
        Set<Node> people = new LinkedHashSet<>(touched.people());
        people.addAll(belowChanged(store, touched, describe(store, touched.orgs().keySet())));
        people.forEach(p -> store.deleteAny(NAME, p, Node.ANY, Node.ANY));
        add(store, PersonSummaries.of(store.getUnionGraph(), people));
        markCurrent(store);
    }

    /**
     * What a bulk load of new issues writes to the derived graph, computed before it writes, over the store and the
     * issues together: the summaries of the people it touches, to send with the issues, and those it replaces, to
     * delete once they are in. Called in a read transaction.
     */
    static BulkUpdate bulkUpdate(DatasetGraph store, List<IssueGraph> issues) {
        Touched touched = touchedBy(store, issues);
        // a bulk load's store holds fewer quads than its batch, so what the summaries read of both fits in memory
        // as well as the batch does, and is walked there rather than in the store's indexes
        Graph union = GraphFactory.createGraphMem();
        issues.forEach(i -> PersonSummaries.copyWhatItReads(i.graph(), union));
        PersonSummaries.copyWhatItReads(store.getUnionGraph(), union);
        Map<Node, Set<List<Node>>> after = new HashMap<>();
        touched.orgs().keySet().forEach(org -> after.put(org, describe(union, org)));
        Set<Node> people = new LinkedHashSet<>(touched.people());
        // the people the store holds below a changed organisation: the chain from their affiliation to the first
        // organisation the load changes is in the store already
        people.addAll(belowChanged(store, touched, after));
        Graph summaries = PersonSummaries.of(union, people);
        List<Quad> stale = new ArrayList<>();
        people.forEach(p -> store.find(NAME, p, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!summaries.contains(q.asTriple())) {
                stale.add(q);
            }
        }));
        return new BulkUpdate(summaries, stale);
    }

    /** The people whose affiliation is at or below an organisation whose description differs from what it was. */
    private static Set<Node> belowChanged(DatasetGraph store, Touched touched, Map<Node, Set<List<Node>>> now) {
        List<Node> changed = touched.orgs().keySet().stream().filter(o -> !touched.orgs().get(o).equals(now.get(o))).toList();
        Set<Node> people = new HashSet<>();
        if (!changed.isEmpty()) {
            QueryExec.dataset(store).query(restricted(AFFILIATED, List.of(ORG), rows(ORG, changed))).select()
                    .forEachRemaining(row -> people.add(row.get(PERSON)));
        }
        return people;
    }

    /** Finishes a bulk load, in a write transaction after it: the summaries it replaced go, and the graph is current. */
    static void completeBulk(DatasetGraph store, BulkUpdate update) {
        update.stale().forEach(store::delete);
        markCurrent(store);
    }

    /** Recomputes the whole derived graph from the issue graphs; in a write transaction. */
    static void rebuild(DatasetGraph store) {
        store.deleteAny(NAME, Node.ANY, Node.ANY, Node.ANY);
        PEOPLE.forEach(q -> add(store, construct(store, q)));
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
        out.add(NAME, TYPE, KG.DerivedGraph.asNode());
        return out;
    }

    /**
     * What a bulk load writes to the derived graph with its issues: the summaries it computed, and that the graph
     * is current, or, when summaries it replaces are still to go, that it is pending until they do, so that a load
     * cut short between the two is rebuilt at the next open.
     */
    static Iterator<Quad> bulkQuads(BulkUpdate update) {
        Quad state = update.pending() ? Quad.create(NAME, NAME, PENDING, TRUE)
                : Quad.create(NAME, NAME, TYPE, KG.DerivedGraph.asNode());
        return Iter.concat(update.summaries().find().mapWith(t -> Quad.create(NAME, t)), Iter.of(state));
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

    /** What a load touches, taken before it writes: people, and organisations' descriptions. */
    record Touched(Set<Node> people, Map<Node, Set<List<Node>>> orgs) {
    }

    /** A bulk load's summaries, and the summary triples of its people the store holds that they replace. */
    record BulkUpdate(Graph summaries, List<Quad> stale) {
        /** Does the load leave summaries to delete ({@link #completeBulk}) after it? */
        boolean pending() {
            return !stale.isEmpty();
        }
    }
}
