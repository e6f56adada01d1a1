package kg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import kg.normalize.Normalizer;
import kg.pipeline.GoldenCases;
import kg.source.SourceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Segmentation: {@code golden/segment/<case>/input.txt} and {@code expected.txt}, which lists the issue's
 * metadata, then one line per item (position, section, number, date, title, number of body paragraphs), then
 * the warnings.
 */
class SegmenterGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenCases.of("segment");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheItems(String name, Path dir) {
        SegmentedDocument doc = new Segmenter().segment(
                new Normalizer().normalize(new SourceReader().read(dir.resolve("input.txt"))));
        StringBuilder actual = new StringBuilder();
        IssueMeta m = doc.issue();
        actual.append("issue series=").append(m.series()).append(" year=").append(m.year()).append(" number=")
                .append(m.number()).append(" serial=").append(m.serial()).append('\n');
        for (Item i : doc.items()) {
            actual.append("item ").append(i.id()).append(" | section=").append(i.section()).append(" | number=")
                    .append(i.number() == null ? "" : i.number()).append(" | date=").append(i.date())
                    .append(" | title=").append(i.title()).append(" | paragraphs=").append(i.paragraphs().size())
                    .append('\n');
        }
        doc.warnings().forEach(w -> actual.append("warning ").append(w).append('\n'));
        GoldenCases.keepActual(dir, "expected.txt", actual.toString());
        assertEquals(GoldenCases.read(dir.resolve("expected.txt")), actual.toString(), "case " + name);
    }
}
