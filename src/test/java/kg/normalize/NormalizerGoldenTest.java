package kg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import kg.pipeline.GoldenCases;
import kg.source.SourceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Normalisation of real snippets of the bundled issue: {@code golden/normalize/<case>/input.txt} and
 * {@code expected.txt}, which lists the running headers removed ({@code header: …}) and then one paragraph a line.
 */
class NormalizerGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenCases.of("normalize");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void joinsLinesAndDropsPageFurniture(String name, Path dir) {
        NormalizedDocument doc = new Normalizer().normalize(new SourceReader().read(dir.resolve("input.txt")));
        StringBuilder actual = new StringBuilder();
        doc.runningHeaders().forEach(h -> actual.append("header: ").append(h).append('\n'));
        doc.paragraphs().forEach(p -> actual.append(p).append('\n'));
        GoldenCases.keepActual(dir, "expected.txt", actual.toString());
        assertEquals(GoldenCases.read(dir.resolve("expected.txt")), actual.toString(), "case " + name);
    }
}
