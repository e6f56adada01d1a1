package kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kg.testkit.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development set (real texts of other units with two-annotator gold, in {@code ../shared/eval/dev}) run
 * through {@code kg eval} and scored with the kit's own scorer, micro-averaged as {@code run-set.sh} does. Each
 * part's F1 must stay within 0.01 of its floor in {@code eval/dev-floors.properties}, and every document must be
 * ingested. The floors are keyed to a checksum of the gold files: other gold, other floors.
 *
 * <p>Without the kit beside the project the test is skipped, except in CI, where a missing kit is a failure.
 */
class DevSetFloorIT {
    private static final Path DEV = Path.of("..", "shared", "eval", "dev");
    private static final Path SCORER = Path.of("..", "shared", "eval", "score.py");
    private static final double SLACK = 0.01;

    @TempDir
    Path tmp;

    @Test
    void everyPartHoldsItsFloorOnTheDevelopmentSet() throws Exception {
        boolean present = Files.isDirectory(DEV.resolve("gold")) && Files.isRegularFile(SCORER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but the evaluation kit is not at " + DEV.toAbsolutePath().normalize());
        }
        assumeTrue(present, "the shared evaluation kit is beside the project");

        List<Path> golds;
        try (Stream<Path> s = Files.list(DEV.resolve("gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Properties floors = floors();
        String checksum = checksum(golds);
        assertEquals(floors.getProperty("gold.sha256"), checksum,
                "the dev gold changed: measure the set again and write its floors with this checksum");

        ObjectMapper json = new ObjectMapper();
        List<String> docs = new ArrayList<>();
        Map<Path, String> stemOf = new LinkedHashMap<>();
        for (Path g : golds) {
            String source = json.readTree(g.toFile()).get("source").asText();
            Path doc = tmp.resolve("docs").resolve(source);
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, withoutHeader(Files.readString(DEV.resolve("texts").resolve(source))));
            docs.add(doc.toString());
            stemOf.put(g, source.replaceFirst("\\.[^.]+$", ""));
        }
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("eval", "--out", out.toString()));
        args.addAll(docs);
        Jar.Run run = Jar.run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), "every dev document is ingested:\n" + run.err());

        Map<String, long[]> totals = new LinkedHashMap<>();
        for (Map.Entry<Path, String> e : stemOf.entrySet()) {
            Path dir = out.resolve(e.getValue());
            assertTrue(Files.isDirectory(dir), "kg eval wrote " + dir);
            JsonNode score = json.readTree(score(e.getKey(), dir));
            score.fields().forEachRemaining(part -> {
                long[] t = totals.computeIfAbsent(part.getKey(), k -> new long[3]);
                t[0] += part.getValue().get("tp").asLong();
                t[1] += part.getValue().get("pred").asLong();
                t[2] += part.getValue().get("gold").asLong();
            });
        }
        StringBuilder table = new StringBuilder();
        List<String> below = new ArrayList<>();
        for (String part : floors.stringPropertyNames().stream().filter(k -> !k.equals("gold.sha256")).sorted().toList()) {
            long[] t = totals.get(part);
            assertNotNull(t, "the scorer reports part " + part);
            double f1 = microF1(t[0], t[1], t[2]);
            double floor = Double.parseDouble(floors.getProperty(part));
            table.append(String.format("%-24s F1 %.3f  floor %.3f  %d/%d/%d%n", part, f1, floor, t[0], t[1], t[2]));
            if (f1 < floor - SLACK) {
                below.add(part);
            }
        }
        System.out.print(table);
        assertTrue(below.isEmpty(), "below the floor: " + below + "\n" + table);
    }

    /** The dev texts open with source, date and language lines and a blank line, which are not the document. */
    static String withoutHeader(String text) {
        int blank = text.indexOf("\n\n");
        return blank < 0 ? text : text.substring(blank + 2);
    }

    private static double microF1(long tp, long pred, long gold) {
        double p = pred == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) tp / pred;
        double r = gold == 0 ? 1.0 : (double) tp / gold;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static String score(Path gold, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", SCORER.toString(), gold.toString(), dir.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the scorer finished");
        assertEquals(0, p.exitValue(), "the scorer ran on " + dir);
        return out;
    }

    private static Properties floors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DevSetFloorIT.class.getResourceAsStream("/eval/dev-floors.properties")) {
            assertNotNull(in, "eval/dev-floors.properties is on the test classpath");
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** SHA-256 over the gold files' names and bytes, in name order. */
    static String checksum(List<Path> golds) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Path g : golds) {
            md.update(g.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(g));
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
