package kg.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** The review's record model as JSON, as it is (absent values left out). */
final class JsonReview implements ReviewWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // the caller owns the writer (it may be standard output)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    @Override
    public void write(Review review, Writer out) throws IOException {
        JSON.writeValue(out, review);
        out.write('\n');
    }
}
