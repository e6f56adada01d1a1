package kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {
    @Test
    void holdsAnAnswerUpToItsBoundAndRefusesTheByteBeyond() throws IOException {
        BoundedBody body = new BoundedBody(8);
        body.write("12345678".getBytes(StandardCharsets.US_ASCII));
        assertEquals(8, body.size());
        assertThrows(BoundedBody.TooLarge.class, () -> body.write('9'));
        assertEquals(8, body.size(), "nothing past the bound is kept");
    }

    @Test
    void aWriterOverItStopsAtTheBoundToo() {
        BoundedBody body = new BoundedBody(1 << 10);
        assertThrows(BoundedBody.TooLarge.class, () -> {
            try (Writer w = new OutputStreamWriter(body, StandardCharsets.UTF_8)) {
                for (int i = 0; i < 10_000; i++) {
                    w.write("行");
                }
            }
        });
    }
}
