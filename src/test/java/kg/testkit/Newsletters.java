package kg.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled issue and variants of it that are issues of their own. */
public final class Newsletters {
    public static final Path BUNDLED = Path.of("data/newsletters/gongzuo-dongtai-2025-1.txt");

    private Newsletters() {
    }

    public static String bundledText() {
        try {
            return Files.readString(BUNDLED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> bundledLines() {
        return bundledText().lines().toList();
    }

    /** The bundled issue as issue one of another year: a graph of its own, same content. */
    public static String asIssueOf(int year) {
        return bundledText().replace("2025 年第一期《工作动态》", year + " 年第一期《工作动态》");
    }

    /**
     * The bundled issue cut after its first {@code lines} lines: the same issue (its first running header is at
     * line 218), fewer items.
     */
    public static String shortened(int lines) {
        return String.join("\n", bundledLines().subList(0, lines)) + "\n";
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
