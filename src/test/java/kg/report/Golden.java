package kg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/kg/report}. Run with {@code -Dkg.golden.update=true} to rewrite
 * them from the current output (then read the diff before committing it).
 */
final class Golden {
    private static final Path DIR = Path.of("src/test/resources/kg/report");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        if (Boolean.getBoolean("kg.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        Path seen = Path.of("target/golden-actual", name);
        Files.createDirectories(seen.getParent());
        Files.writeString(seen, actual, StandardCharsets.UTF_8);
        assertTrue(Files.exists(golden), golden + " is missing; write it with -Dkg.golden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                name + " differs from its golden file; the output is in " + seen);
    }
}
