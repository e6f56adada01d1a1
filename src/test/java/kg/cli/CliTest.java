package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line, run in-process on the bundled issue: what a user types and what they see. */
class CliTest {
    @TempDir
    static Path tmp;
    private static String store;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store").toString();
        Run r = run("ingest", "--store", store, "data/newsletters");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ingested 1 document(s): 19 items"), r.out());
    }

    @Test
    void rebuildRecomputesTheDerivedGraphAndTheListsAnswerAsBefore() {
        String before = run("query", "people", "--store", store, "--format", "csv").out();
        Run r = run("rebuild", "--store", store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("rebuilt the derived graph of .*: [1-9]\\d+ triples in \\d+ ms\\R"), r.out());
        assertEquals(before, run("query", "people", "--store", store, "--format", "csv").out());
    }

    @Test
    void queriesAnswerAsCsv() {
        Run r = run("query", "items", "--store", store, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals("item,section,number,title,date", lines[0]);
        assertEquals(20, lines.length, "a header and one row per item");
    }

    @Test
    void parametersAreBound() {
        Run ties = run("query", "collaborations", "--store", store, "--format", "csv");
        String someone = java.util.Arrays.stream(ties.out().split("\\R")).filter(l -> l.contains("coauthor"))
                .findFirst().orElseThrow().split(",")[0];
        Run r = run("query", "coauthors", "--store", store, "--param", "person=" + someone, "--format", "tsv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().strip().split("\\R").length > 1, someone + " has co-authors");
        Run hostile = run("query", "coauthors", "--store", store, "--param", "person=\" } ; DROP ALL ; #", "--format", "csv");
        assertEquals(0, hostile.exit(), hostile.err());
        assertEquals(1, hostile.out().strip().split("\\R").length, "nobody has that name: only the header");
    }

    @Test
    void aRequiredParameterLeftOutIsAUsageErrorOfOneLineNamingIt() {
        assertNeeds("coauthors", "person");
        assertNeeds("ties", "person");
        assertNeeds("explain", "subject", "--param", "subject=");
        Run optionalLeftOut = run("query", "network", "--store", store, "--format", "csv");
        assertEquals(0, optionalLeftOut.exit(), "every parameter of network has a default: " + optionalLeftOut.err());
    }

    private static void assertNeeds(String query, String param, String... given) {
        List<String> args = new ArrayList<>(List.of("query", query, "--store", store));
        args.addAll(List.of(given));
        Run r = run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), query + ": " + r.err());
        assertEquals("", r.out(), "no rows");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("kg: query " + query + " needs --param " + param + "=VALUE"), r.err());
    }

    @Test
    void credentialsGoWithAnEndpointAndAUserWithAPasswordFile() {
        Run alone = run("ingest", "--store", store, "--user", "dba", "data/newsletters");
        assertEquals(2, alone.exit(), alone.err());
        assertEquals("--user, --password-file and --query-endpoint need --endpoint", alone.err().lines().findFirst().orElseThrow());
        Run noPassword = run("ingest", "--endpoint", "http://127.0.0.1:9/sparql-graph-crud-auth", "--user", "dba",
                "data/newsletters");
        assertEquals(2, noPassword.exit(), noPassword.err());
        assertEquals("--user and --password-file go together", noPassword.err().lines().findFirst().orElseThrow());
    }

    @Test
    void explainPrintsEachFactWithItsItemAndSentence() {
        Run people = run("query", "authorships", "--store", store, "--format", "csv");
        String author = people.out().split("\\R")[1].split(",")[1];
        Run r = run("explain", author, "--store", store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Authorship (as agent)"), r.out());
        assertTrue(r.out().contains("from https://kg.ess.tsinghua.edu.cn/id/item/"), r.out());
        assertTrue(r.out().contains(author), "the sentence names them");
    }

    @Test
    void listsTheCannedQueries() {
        Run r = run("queries");
        assertEquals(0, r.exit());
        for (String q : new String[] {"items", "people", "works", "authorships", "collaborations", "events", "awards", "projects"}) {
            assertTrue(r.out().contains(q + " "), q);
        }
    }

    @Test
    void errorsAreOneLineNamingTheProblem() {
        Run missing = run("ingest", "--store", store, "no/such/file.txt");
        assertEquals(1, missing.exit());
        assertEquals("kg: no/such/file.txt: no such file or directory", missing.err().strip());

        Run unknown = run("query", "nosuch", "--store", store);
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().startsWith("kg: no canned query named 'nosuch'"), unknown.err());

        Run badParam = run("query", "items", "--store", store, "--param", "year=2025");
        assertEquals(1, badParam.exit());
        assertTrue(badParam.err().contains("has no parameter 'year'"), badParam.err());

        Run badDate = run("query", "events-in-range", "--store", store, "--param", "from=March", "--param", "to=2025-12-31");
        assertEquals(1, badDate.exit());
        assertTrue(badDate.err().contains("from must be a date"), badDate.err());

        Run badIri = run("query", "explain", "--store", store, "--param", "subject=not an iri");
        assertEquals(1, badIri.exit(), badIri.out());
        assertTrue(badIri.err().startsWith("kg: ") && badIri.err().contains("subject"), badIri.err());
        assertEquals(1, badIri.err().strip().lines().count(), badIri.err());

        Run usage = run("ingest");
        assertEquals(2, usage.exit());

        Run nobody = run("explain", "无此人", "--store", store);
        assertEquals(1, nobody.exit());
        assertTrue(nobody.err().contains("无此人"), nobody.err());
    }

    @Test
    void helpEverywhere() {
        for (String cmd : new String[] {"serve", "ingest", "query", "queries", "explain", "people", "review", "export",
                "rebuild", "bench", "eval"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage: kg " + cmd), r.out());
        }
    }

    @Test
    void theStoreHelpSaysWhatEachCommandDoesWithAMissingStore() {
        String[][] readers = {{"query", "items"}, {"explain", "俞乐"}, {"people"}, {"review", "--year", "2025"},
                {"export", "--format", "csv"}, {"rebuild"}};
        for (String[] reader : readers) {
            assertTrue(oneLine(run(reader[0], "--help").out()).contains("it must exist"), reader[0]);
            Path missing = tmp.resolve("missing-" + reader[0]);
            List<String> args = new ArrayList<>(List.of(reader));
            args.addAll(List.of("--store", missing.toString()));
            Run r = run(args.toArray(String[]::new));
            assertEquals(1, r.exit(), reader[0] + ": " + r.err());
            assertFalse(Files.exists(missing), reader[0] + " created no store");
        }
        assertTrue(oneLine(run("ingest", "--help").out()).contains("created when missing"));
        Path created = tmp.resolve("created");
        assertEquals(0, run("ingest", "-q", "--store", created.toString(), "data/newsletters").exit());
        assertTrue(Files.isDirectory(created));
    }

    @Test
    void theReviewHelpListsItsPartsInTheOrderTheReviewHasThem() {
        String help = oneLine(run("review", "--help").out());
        assertTrue(help.indexOf("department summary") < help.indexOf("every department member"), help);
        assertTrue(help.indexOf("every department member") < help.indexOf("outside the department"), help);
        Run review = run("review", "--year", "2025", "--store", store);
        assertEquals(0, review.exit(), review.err());
        String md = review.out();
        assertTrue(md.indexOf("## Department summary") < md.indexOf("## People"), md);
        assertTrue(md.indexOf("## People") > 0, md);
        // ties between outsiders are read off the works they share, not listed again after the members
        assertFalse(md.contains("## Ties outside the department"), md);
    }

    @Test
    void writtenFilesGetThePermissionsOfAnyNewFile() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.writeString(dir.resolve("plain.txt"), "x"));
        Path export = dir.resolve("ties.gexf");
        Path review = dir.resolve("review.md");
        assertEquals(0, run("export", "--store", store, "--format", "gexf", "--out", export.toString()).exit());
        assertEquals(0, run("review", "--store", store, "--year", "2025", "--out", review.toString()).exit());
        assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(review)));
        try (var files = Files.list(dir)) {
            assertEquals(Set.of("plain.txt", "ties.gexf", "review.md"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()), "no temporary file left");
        }
    }

    /** Help text as one line, so that a phrase the help wraps is still found. */
    private static String oneLine(String help) {
        return help.replaceAll("\\s+", " ");
    }
}
