package kg.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built jar (system property {@code kg.jar}) as a user would, in the project directory.
 *
 * <p>A test's run of the jar lasts seconds, and on two cores the optimising compiler's threads cost more than
 * they save in that time: {@link #QUICK_START} (the client compiler only) halves the CPU of an ingest or a query
 * and changes nothing else the jar does. Tests that time the jar run it {@link #AS_SHIPPED}.
 */
public final class Jar {
    /** JVM options for a run of seconds. */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");
    /** The JVM as a user starts it, for what measures time. */
    public static final List<String> AS_SHIPPED = List.of();

    /** What a run printed and how it ended. */
    public record Run(int exit, String out, String err) {
        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private Jar() {
    }

    public static Path path() {
        String jar = System.getProperty("kg.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property kg.jar does not name the built jar: " + jar);
        }
        return Path.of(jar);
    }

    public static ProcessBuilder command(String... args) {
        return new ProcessBuilder(commandLine(QUICK_START, args));
    }

    /** The jar run with these options to its JVM (a heap limit, say) before {@code -jar}. */
    public static ProcessBuilder command(List<String> jvm, String... args) {
        return new ProcessBuilder(commandLine(jvm, args));
    }

    /** The words of the command that runs the jar with these JVM options and arguments. */
    public static List<String> commandLine(List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Dfile.encoding=UTF-8"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", path().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static Run run(String... args) {
        return run(QUICK_START, args);
    }

    public static Run run(List<String> jvm, String... args) {
        try {
            Path out = Files.createTempFile("kg-out", ".txt");
            Path err = Files.createTempFile("kg-err", ".txt");
            try {
                Process p = command(jvm, args).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("kg " + String.join(" ", args) + " did not finish in 300 s");
                }
                return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }
}
