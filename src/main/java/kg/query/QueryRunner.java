package kg.query;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Runs a canned query over a {@link QueryTarget}: the embedded store or a remote endpoint. Parameters are bound as RDF terms (never spliced into the query's
 * text), so a value holding quotes or braces stays a value.
 */
public final class QueryRunner {
    private final QueryTarget target;
    private final ServicePolicy services;
    private final Answers answers;

    /** Queries over a target, with no SERVICE calls out of them. */
    public QueryRunner(QueryTarget target) {
        this(target, ServicePolicy.off());
    }

    /** Queries over a target, whose SERVICE calls follow {@code services}. */
    public QueryRunner(QueryTarget target, ServicePolicy services) {
        this(target, services, null);
    }

    private QueryRunner(QueryTarget target, ServicePolicy services, Answers answers) {
        this.target = target;
        this.services = services;
        this.answers = answers;
    }

    /**
     * This runner keeping the whole answers of its queries in {@code answers} for the store's state they hold for
     * ({@link Answers}): over a TDB2 store only, whose every write is numbered, and for queries that fetch nothing
     * from elsewhere (a SERVICE's answer may change while the store does not). {@code answers} is this runner's alone.
     */
    public QueryRunner answering(Answers answers) {
        return new QueryRunner(target, services, answers);
    }

    /** Queries over a local dataset, such as the store's. */
    public QueryRunner(Dataset dataset) {
        this(QueryTarget.local(dataset));
    }

    /**
     * Rows {@code offset} to {@code offset + limit} of a query's answer, in its order: what a screen shows. A
     * query with no ORDER BY has no such rows (its order is the engine's), and a query's own LIMIT still holds.
     */
    public record Window(long offset, long limit) {
        public Window {
            if (offset < 0 || limit < 0) {
                throw new IllegalArgumentException("offset and limit must be 0 or more");
            }
        }

        void check(CannedQuery q, Query query) {
            if (!query.hasOrderBy()) {
                throw new IllegalArgumentException("query " + q.name() + " has no order of its own, so it has no pages: ask for it whole");
            }
        }

        /** These rows of a whole answer (which holds the query's own LIMIT and OFFSET already). */
        List<Binding> of(List<Binding> whole) {
            int from = (int) Math.min(offset, whole.size());
            return whole.subList(from, (int) Math.min(whole.size(), from + Math.min(limit, Integer.MAX_VALUE)));
        }

        void applyTo(CannedQuery q, Query query) {
            check(q, query);
            long own = query.hasLimit() ? query.getLimit() : Long.MAX_VALUE;
            long start = (query.hasOffset() ? query.getOffset() : 0) + offset;
            query.setOffset(start);
            query.setLimit(Math.max(0, Math.min(limit, own - offset)));
        }
    }

    /** Runs the query and hands the rewound results to {@code use} inside a read transaction. */
    public <T> T select(CannedQuery q, Map<String, String> params, Function<ResultSetRewindable, T> use) {
        return select(q, params, null, use);
    }

    /** Runs the query (only the window's rows, when not null) and hands the rewound results to {@code use} inside a read. */
    public <T> T select(CannedQuery q, Map<String, String> params, Window window, Function<ResultSetRewindable, T> use) {
        Prepared p = prepare(q, params);
        if (window != null) {
            window.check(q, p.query);
        }
        return target.read(() -> {
            Answers.Answer whole = kept(p);
            if (whole != null) {
                List<Binding> rows = window == null ? whole.rows() : window.of(whole.rows());
                return use.apply(ResultSetFactory.makeRewindable(rows(whole.vars(), rows.iterator())));
            }
            if (window != null) {
                window.applyTo(q, p.query);
            }
            try (QueryExecution qe = p.build()) {
                return use.apply(ResultSetFactory.copyResults(qe.execSelect()));
            }
        });
    }

    /**
     * A query with its parameters checked and bound as terms; {@code key} names its answer, unless it calls out
     * (a SERVICE), whose answer is not the store's alone.
     */
    private final class Prepared {
        final Query query;
        final Map<String, Node> terms;
        final Answers.Key key;

        Prepared(Query query, Map<String, Node> terms, Answers.Key key) {
            this.query = query;
            this.terms = terms;
            this.key = key;
        }

        QueryExecution build() {
            QueryExecutionBuilder b = target.execution().query(query);
            terms.forEach((name, term) -> b.substitution(name, ModelFactory.createDefaultModel().asRDFNode(term)));
            return b.build();
        }
    }

    private Prepared prepare(CannedQuery q, Map<String, String> params) {
        Query query = QueryFactory.create(q.sparql());
        boolean callsOut = services.check(query);
        Map<String, Node> terms = new TreeMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            CannedQuery.Parameter declared = q.parameters().stream().filter(x -> x.name().equals(p.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("query " + q.name() + " has no parameter '"
                            + p.getKey() + "' (it takes: " + q.parameters().stream().map(CannedQuery.Parameter::name).toList() + ")"));
            if (!p.getValue().isBlank()) {
                terms.put(declared.name(), term(declared, p.getValue()));
            }
        }
        q.missing(params).ifPresent(p -> {
            throw new IllegalArgumentException("query " + q.name() + " needs parameter " + p.name() + " ("
                    + p.type() + ": " + p.description() + ")");
        });
        return new Prepared(query, terms, callsOut ? null : new Answers.Key(q.sparql(), terms));
    }

    /**
     * Inside the read: the whole answer as kept for the store's state, computed now if nobody has; null when this
     * runner keeps none, or none for this query (its answer too large, a SERVICE in it, a store whose writes are not
     * numbered).
     */
    private Answers.Answer kept(Prepared p) {
        if (answers == null || p.key == null || !(target instanceof QueryTarget.Local local)) {
            return null;
        }
        Answers.State state = local.state();
        if (state == null) {
            return null;
        }
        return answers.get(p.key, state, () -> {
            try (QueryExecution qe = p.build()) {
                ResultSet rs = qe.execSelect();
                return answers.copy(Var.varList(rs.getResultVars()), RowSet.adapt(rs));
            }
        });
    }

    private static ResultSet rows(List<Var> vars, Iterator<Binding> rows) {
        return ResultSet.adapt(RowSetStream.create(vars, rows));
    }

    /**
     * Runs a CONSTRUCT (a query the server builds an answer of its own from, not a canned one) with one variable
     * bound to an IRI, inside a read; its SERVICE calls follow the same rule as the canned queries'.
     */
    public Graph construct(Query query, String var, String iri) {
        services.check(query);
        QueryExecutionBuilder b = target.execution().query(query)
                .substitution(var, ModelFactory.createDefaultModel().createResource(iri));
        return target.read(() -> {
            try (QueryExecution qe = b.build()) {
                return qe.execConstruct().getGraph();
            }
        });
    }

    /**
     * Asks the target {@code ASK {}}, which any SPARQL endpoint answers at once whatever it holds; throws when it
     * cannot, so that a server over a mistyped or unreachable endpoint stops before it opens its port.
     */
    public void ping() {
        Query ask = new Query();
        ask.setQueryAskType();
        ask.setQueryPattern(new ElementGroup());
        target.read(() -> {
            try (QueryExecution qe = target.execution().query(ask).build()) {
                return qe.execAsk();
            }
        });
    }

    public void write(CannedQuery q, Map<String, String> params, ResultFormat format, OutputStream out) {
        write(q, params, null, format, out);
    }

    /** Writes the window's rows (when not null; else the whole answer), held in memory first; how many. */
    public int write(CannedQuery q, Map<String, String> params, Window window, ResultFormat format, OutputStream out) {
        return select(q, params, window, rs -> {
            format(rs, format, out);
            return rs.size();
        });
    }

    /**
     * Writes the whole answer as the engine yields it, row by row, holding none of it: a dump of any size costs
     * the memory of one row (and of what the query's ORDER BY sorts, which spills to disk past its threshold).
     * An answer this runner keeps ({@link #answering}) is written from memory. Its rows.
     */
    public long stream(CannedQuery q, Map<String, String> params, ResultFormat format, OutputStream out) {
        Prepared p = prepare(q, params);
        return target.read(() -> {
            Answers.Answer whole = kept(p);
            if (whole != null) {
                format(rows(whole.vars(), whole.rows().iterator()), format, out);
                return (long) whole.rows().size();
            }
            try (QueryExecution qe = p.build()) {
                // counted on the way out: a writer may read the rows through an adapter of its own
                RowSet rows = RowSet.adapt(qe.execSelect());
                long[] n = {0};
                Iterator<Binding> counted = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public Binding next() {
                        n[0]++;
                        return rows.next();
                    }
                };
                format(rows(rows.getResultVars(), counted), format, out);
                return n[0];
            }
        });
    }

    private static void format(ResultSet rs, ResultFormat format, OutputStream out) {
        switch (format) {
            case CSV -> ResultCsv.csv(rs, out);
            case TSV -> ResultCsv.tsv(rs, out);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case TABLE -> ResultTable.write(rs, out);
        }
    }

    static Node term(CannedQuery.Parameter p, String value) {
        return switch (p.type()) {
            case "iri" -> NodeFactory.createURI(iri(p, value));
            case "integer" -> {
                try {
                    yield NodeFactory.createLiteralDT(String.valueOf(Long.parseLong(value.strip())), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("parameter " + p.name() + " must be a whole number, not '" + value + "'");
                }
            }
            case "boolean" -> {
                String v = value.strip();
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException("parameter " + p.name() + " must be true or false, not '" + value + "'");
                }
                yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
            }
            case "date" -> {
                try {
                    yield NodeFactory.createLiteralDT(LocalDate.parse(value.strip()).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("parameter " + p.name() + " must be a date YYYY-MM-DD, not '" + value + "'");
                }
            }
            default -> NodeFactory.createLiteralString(value);
        };
    }

    /** An absolute IRI as Jena's IRI checking (RFC 3987) accepts it, with or without the angle brackets. */
    private static String iri(CannedQuery.Parameter p, String value) {
        String v = value.strip().replaceAll("^<|>$", "");
        try {
            if (IRIx.create(v).isAbsolute()) {
                return v;
            }
        } catch (IRIException e) {
            // reported below, as for any other kind of bad value
        }
        throw new IllegalArgumentException("parameter " + p.name() + " must be an absolute IRI, not '" + value + "'");
    }
}
