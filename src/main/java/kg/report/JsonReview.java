package kg.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** The review's record model as JSON, as it is (absent values left out). */
final class JsonReview implements ReviewWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(Review review, Writer out) throws IOException {
        JSON.writeValue(new NonClosingWriter(out), review);
        out.write('\n');
    }

    /** Jackson closes what it writes to; the caller owns the writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
