package kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import kg.resolve.CuratedPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction and resolution on short documents in the genre's style (none from the bundled issue): each
 * folder under {@code golden/extract} has {@code input.txt} and the facts a careful reader finds, in
 * {@code expected.txt}.
 */
class ExtractionGoldenTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(CuratedPeople.none());
    }

    static Stream<Arguments> cases() {
        return GoldenCases.of("extract");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsWhatAReaderFinds(String name, Path dir) {
        String actual = FactsPrinter.print(pipeline.resolve(dir.resolve("input.txt")));
        GoldenCases.keepActual(dir, "expected.txt", actual);
        assertEquals(GoldenCases.read(dir.resolve("expected.txt")), actual, "case " + name);
    }

    /** What extraction makes is a graph kg's own shapes accept (one link per work, however often it is printed). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void makesAGraphTheShapesAccept(String name, Path dir) {
        assertDoesNotThrow(() -> pipeline.validGraph(pipeline.resolve(dir.resolve("input.txt"))), "case " + name);
    }
}
