package kg.report;

import java.io.IOException;
import java.io.Writer;

/** Writes the collaboration network in one format. */
@FunctionalInterface
public interface NetworkWriter {
    void write(Network network, Writer out) throws IOException;
}
