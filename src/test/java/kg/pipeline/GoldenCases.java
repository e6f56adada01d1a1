package kg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The golden cases of a stage: one folder each under {@code src/test/resources/golden/<stage>/}, holding
 * {@code input.txt} and the expected output. Adding a case means adding a folder, not code.
 */
public final class GoldenCases {
    private GoldenCases() {
    }

    public static Stream<Arguments> of(String stage) {
        Path dir = Path.of("src/test/resources/golden", stage);
        try (Stream<Path> cases = Files.list(dir)) {
            return cases.filter(Files::isDirectory).sorted().map(p -> Arguments.of(p.getFileName().toString(), p)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the actual output beside the expected one, so a changed golden file is one copy away. */
    public static void keepActual(Path caseDir, String name, String actual) {
        try {
            Path out = Path.of("target/golden-actual").resolve(caseDir.getParent().getFileName()).resolve(caseDir.getFileName());
            Files.createDirectories(out);
            Files.writeString(out.resolve(name), actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
