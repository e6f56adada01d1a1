package kg.store;

import java.util.List;
import kg.validate.ValidGraph;

/**
 * Somewhere issue graphs go: the embedded TDB2 store ({@link KgStore}) or a remote SPARQL Graph Store
 * ({@link RemoteGraphStore}). Either takes only graphs that have met the shapes ({@link ValidGraph}), and
 * re-ingesting an issue replaces its graph and nothing else.
 */
public interface IssueStore extends AutoCloseable {

    /** Puts each graph in place of the store's graph of its issue; their size. */
    long replaceAll(List<ValidGraph> issues);

    /** Puts the issue's graph in place of whatever the store held for that issue; its size. */
    default long replace(ValidGraph issue) {
        return replaceAll(List.of(issue));
    }

    /** Releases what the store holds open; nothing, for a remote store. */
    @Override
    default void close() {
    }
}
