package kg.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A query from {@code queries/NAME.rq}, with what its header says: a title, what it answers, its parameters,
 * the columns it returns, and whether it answers about one thing ({@code # cost: light}), which a server
 * admits apart from queries over the archive.
 */
public record CannedQuery(String name, String title, String description, List<Parameter> parameters,
                          List<String> columns, boolean light, String sparql) {
    public CannedQuery {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
    }

    /** The first parameter the query needs that these values leave out or leave empty, if any. */
    public Optional<Parameter> missing(Map<String, String> values) {
        return parameters.stream().filter(p -> !p.optional())
                .filter(p -> values.get(p.name()) == null || values.get(p.name()).isBlank()).findFirst();
    }

    /**
     * This query with its {@code VALUES ?var { … }} block holding these strings instead: a lookup of many keys
     * in one query, which a parameter (one term) cannot give.
     */
    public CannedQuery withValues(String var, Collection<String> strings) {
        Query q = QueryFactory.create(sparql);
        Var v = Var.alloc(var);
        boolean[] found = {false};
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData el) {
                if (el.getVars().equals(List.of(v))) {
                    el.getRows().clear();
                    strings.forEach(s -> el.add(BindingFactory.binding(v, NodeFactory.createLiteralString(s))));
                    found[0] = true;
                }
            }
        });
        if (!found[0]) {
            throw new IllegalStateException("query " + name + " has no VALUES block for ?" + var);
        }
        return new CannedQuery(name, title, description, parameters, columns, light, q.serialize());
    }

    /**
     * A parameter: the SPARQL variable it binds, the kind of RDF term it becomes (string, iri, date, integer,
     * boolean) and what it means.
     */
    public record Parameter(String name, String type, String description) {
        /**
         * Whether the query means something without it: a boolean (unset is false) or one whose description names
         * its default ({@code (default: all)}). Left unbound, any other parameter matches everything, so
         * {@code explain} without a subject would list every fact.
         */
        public boolean optional() {
            return type.equals("boolean") || description.contains("(default:");
        }
    }
}
