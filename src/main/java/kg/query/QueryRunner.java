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

    /** Queries over a target, with no SERVICE calls out of them. */
    public QueryRunner(QueryTarget target) {
        this(target, ServicePolicy.off());
    }

    /** Queries over a target, whose SERVICE calls follow {@code services}. */
    public QueryRunner(QueryTarget target, ServicePolicy services) {
        this.target = target;
        this.services = services;
    }

    /** Queries over a local dataset, such as the store's. */
    public QueryRunner(Dataset dataset) {
        this(QueryTarget.local(dataset));
    }

    /** Runs the query and hands the rewound results to {@code use} inside a read transaction. */
    public <T> T select(CannedQuery q, Map<String, String> params, Function<ResultSetRewindable, T> use) {
        Query query = QueryFactory.create(q.sparql());
        services.check(query);
        QueryExecutionBuilder b = target.execution().query(query);
        for (Map.Entry<String, String> p : params.entrySet()) {
            CannedQuery.Parameter declared = q.parameters().stream().filter(x -> x.name().equals(p.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("query " + q.name() + " has no parameter '"
                            + p.getKey() + "' (it takes: " + q.parameters().stream().map(CannedQuery.Parameter::name).toList() + ")"));
            if (!p.getValue().isBlank()) {
                b.substitution(declared.name(), ModelFactory.createDefaultModel().asRDFNode(term(declared, p.getValue())));
            }
        }
        q.missing(params).ifPresent(p -> {
            throw new IllegalArgumentException("query " + q.name() + " needs parameter " + p.name() + " ("
                    + p.type() + ": " + p.description() + ")");
        });
        return target.read(() -> {
            try (QueryExecution qe = b.build()) {
                ResultSet rs = qe.execSelect();
                return use.apply(ResultSetFactory.copyResults(rs));
            }
        });
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
        select(q, params, rs -> {
            switch (format) {
                case CSV -> ResultCsv.csv(rs, out);
                case TSV -> ResultCsv.tsv(rs, out);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                case TABLE -> ResultTable.write(rs, out);
            }
            return null;
        });
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
