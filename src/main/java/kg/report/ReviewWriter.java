package kg.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a review in one format. */
@FunctionalInterface
public interface ReviewWriter {
    void write(Review review, Writer out) throws IOException;
}
