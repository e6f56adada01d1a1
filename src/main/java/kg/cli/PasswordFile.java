package kg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.source.InputException;

/** A password kept in a file, its first line, rather than on a command line that other users can see. */
final class PasswordFile {
    private PasswordFile() {
    }

    static String read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new InputException(file, "holds no password on its first line");
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new InputException(file, "cannot read the password file (" + e.getMessage() + ")", e);
        }
    }
}
