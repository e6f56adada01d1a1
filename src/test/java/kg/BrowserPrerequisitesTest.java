package kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check {@code mvn verify} makes before building: on this machine (where it has run, installing what was
 * missing) it passes quietly; on a machine with no browser where it cannot install, it fails at once in one line
 * naming the packages.
 */
class BrowserPrerequisitesTest {
    private static final Path SCRIPT = Path.of("src/test/scripts/browser-prerequisites.sh");

    @TempDir
    Path dir;

    @Test
    void passesQuietlyWhereTheBrowserIs() throws Exception {
        Result r = run(System.getenv("PATH"));
        assertEquals(0, r.exit, r.err);
        assertEquals("", r.out + r.err);
    }

    @Test
    void withoutTheBrowserAndWithoutRootItNamesWhatToInstallInOneLine() throws Exception {
        // a PATH of nothing but an id that says the user is not root
        Path id = Files.writeString(dir.resolve("id"), "#!/bin/sh\necho 1000\n");
        Files.setPosixFilePermissions(id, PosixFilePermissions.fromString("rwxr-xr-x"));
        long started = System.nanoTime();
        Result r = run(dir.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1, r.exit);
        assertEquals("", r.out);
        List<String> lines = r.err.lines().toList();
        assertEquals(1, lines.size(), r.err);
        assertTrue(lines.get(0).startsWith("kg tests need chromium chromium-driver fonts-noto-cjk: install them as root"),
                lines.get(0));
        assertTrue(millis < 5_000, "at once, not after the build: " + millis + " ms");
    }

    private static Result run(String path) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", SCRIPT.toString());
        pb.environment().put("PATH", path);
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }
}
