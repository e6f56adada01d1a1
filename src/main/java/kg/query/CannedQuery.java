package kg.query;

import java.util.List;

/**
 * A query from {@code queries/NAME.rq}, with what its header says: a title, what it answers, its parameters
 * and the columns it returns.
 */
public record CannedQuery(String name, String title, String description, List<Parameter> parameters,
                          List<String> columns, String sparql) {
    public CannedQuery {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
    }

    /**
     * A parameter: the SPARQL variable it binds, the kind of RDF term it becomes (string, iri, date, integer,
     * boolean) and what it means.
     */
    public record Parameter(String name, String type, String description) {
    }
}
