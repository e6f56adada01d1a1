package kg.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document of a given size made by repeating the bundled issue: the attacker's way to a big input, made not kept. */
public final class RepeatedIssue {
    private RepeatedIssue() {
    }

    public static Path write(Path file, long bytes) {
        byte[] issue = Newsletters.bundledText().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += issue.length) {
                out.write(issue);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
