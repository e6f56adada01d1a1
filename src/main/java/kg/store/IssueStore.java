package kg.store;

import java.util.List;
import kg.rdf.IssueGraph;

/**
 * Somewhere issue graphs go: the embedded TDB2 store ({@link KgStore}) or a remote SPARQL Graph Store
 * ({@link RemoteGraphStore}). Either validates every graph before anything is written, and re-ingesting an
 * issue replaces its graph and nothing else.
 */
public interface IssueStore extends AutoCloseable {

    /** Validates every issue, then puts each graph in place of the store's; nothing is written when one breaks a shape. Their size. */
    long replaceAll(List<IssueGraph> issues);

    /** Validates the issue's graph and puts it in place of whatever the store held for that issue; its size. */
    default long replace(IssueGraph issue) {
        return replaceAll(List.of(issue));
    }

    /** Releases what the store holds open; nothing, for a remote store. */
    @Override
    default void close() {
    }
}
