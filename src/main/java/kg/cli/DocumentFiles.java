package kg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kg.source.InputException;
import kg.source.SourceFormat;
import kg.source.SourceReader;

/**
 * The documents named on the command line: files as given (a file of a kind kg does not read fails when it is
 * read, naming it), directories searched recursively for files of the kinds it reads, in name order. Hidden
 * files and Word's lock files ({@code ~$…}) in directories are not documents.
 */
final class DocumentFiles {
    private DocumentFiles() {
    }

    static List<Path> expand(List<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                List<Path> found = inDirectory(p);
                if (found.isEmpty()) {
                    throw new InputException(p, "holds no documents kg reads (" + SourceFormat.knownExtensions() + ")");
                }
                files.addAll(found);
            } else if (!Files.exists(p)) {
                throw new InputException(p, "no such file or directory");
            } else {
                files.add(p.normalize());
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> inDirectory(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().startsWith("~$"))
                    .filter(SourceReader::isDocument)
                    .map(Path::normalize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
