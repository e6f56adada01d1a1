package kg.store;

import java.util.List;
import kg.rdf.IssueGraph;

/**
 * Somewhere issue graphs go: the embedded TDB2 store ({@link KgStore}) or a remote SPARQL Graph Store
 * ({@link RemoteGraphStore}). Either validates a graph before anything of it is written, and re-ingesting an
 * issue replaces its graph and nothing else.
 */
public interface IssueStore {

    /** Validates the issue's graph and puts it in place of whatever the store held for that issue; its size. */
    long replace(IssueGraph issue);

    /** Validates every issue, then writes them all; nothing is written when one breaks a shape. Their size. */
    default long replaceAll(List<IssueGraph> issues) {
        issues.forEach(this::validate);
        return issues.stream().mapToLong(this::replace).sum();
    }

    /** Throws, naming node and shape, when the issue's graph breaks a shape. */
    void validate(IssueGraph issue);
}
