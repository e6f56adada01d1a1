package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kg serve} refuses unsafe, incomplete or contradictory settings before it opens the store or a port. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private Run serve(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--store";
        all[2] = dir.resolve("store").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void updateNeedsAUserAndOnePassword() {
        Run r = serve("--allow-update");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("--allow-update needs --user"), r.err());
        assertEquals(Main.USAGE, serve("--allow-update", "--user", "editor").exit());
        assertEquals(Main.USAGE, serve("--allow-update", "--password", "x").exit());
    }

    @Test
    void credentialsWithoutAllowUpdateAreAMistake() {
        Run r = serve("--user", "editor", "--password", "x");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("need --allow-update"), r.err());
    }

    @Test
    void timeoutMustBePositive() {
        assertEquals(Main.USAGE, serve("--timeout", "0").exit());
        assertEquals(Main.USAGE, serve("--timeout", "-3").exit());
    }

    @Test
    void endpointAndALocalStoreAreEitherOr() {
        Run r = serve("--endpoint", "http://127.0.0.1:9/kg/sparql");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("--endpoint and --store do not go together"), r.err());
        Run data = run("serve", "--endpoint", "http://127.0.0.1:9/kg/sparql", "--data", dir.toString());
        assertEquals(Main.USAGE, data.exit());
        assertTrue(data.err().contains("--endpoint and --data do not go together"), data.err());
        assertTrue(Files.notExists(dir.resolve("store")), "nothing was opened");
    }

    @Test
    void endpointServesReadOnly() {
        Run r = run("serve", "--endpoint", "http://127.0.0.1:9/kg/sparql", "--allow-update", "--user", "editor",
                "--password", "x");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("--endpoint and --allow-update do not go together")
                && r.err().contains("update the endpoint's own store"), r.err());
    }

    @Test
    void anEmptyPasswordFileIsNamed() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "\n");
        Run r = serve("--allow-update", "--user", "editor", "--password-file", pw.toString());
        assertEquals(Main.INPUT_FAILED, r.exit());
        assertTrue(r.err().startsWith("kg: " + pw), r.err());
        assertTrue(Files.notExists(dir.resolve("store")), "nothing was opened");
    }
}
