package kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import kg.source.InputException;
import picocli.CommandLine.Option;

/** The {@code --out FILE} option of commands that write a document: a file, or standard output without it. */
public final class OutputOption {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced) instead of standard output.")
    Path out;

    /** What writes the document. */
    @FunctionalInterface
    interface Body {
        void write(Writer w) throws IOException;
    }

    /**
     * Writes to the file, or to {@code stdout}. The file is written beside its final name and moved into place
     * once complete, so a failure leaves any earlier file as it was.
     */
    void write(PrintWriter stdout, Body body) {
        try {
            if (out == null) {
                body.write(stdout);
                stdout.flush();
                return;
            }
            Path dir = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                throw new InputException(out, "cannot write here: no directory " + dir);
            }
            // not Files.createTempFile, which makes the file rw------- and the move would keep that: a new file
            // gets the permissions the umask gives any file the user writes
            Path tmp = Files.createFile(dir.resolve(".kg-" + UUID.randomUUID() + ".tmp"));
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    body.write(w);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
    }
}
