package kg.pipeline;

import java.nio.file.Path;
import kg.resolve.ResolvedDocument;
import kg.validate.ValidGraph;

/**
 * A document read, understood and mapped to its issue's graph, which has passed the shapes: everything but the
 * write. Ingest prepares every document before it writes any, so that bad input leaves the store as it was.
 *
 * @param file   the file it was read from
 * @param readAs how it was read ({@code PDF}, {@code text, GB18030} …)
 * @param doc    its resolved facts
 * @param graph  its issue's graph, valid
 */
public record PreparedDocument(Path file, String readAs, ResolvedDocument doc, ValidGraph graph) {
}
