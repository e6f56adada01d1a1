package kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kg.resolve.CuratedPeople;
import kg.resolve.ResolvedDocument;
import kg.resolve.ResolvedPerson;
import kg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resolution across documents, case by case: each folder of {@code golden/resolve/} holds documents ingested in
 * the order of their names into one store (each resolved against what the store holds, as {@code kg ingest} does
 * one command after another), and {@code expected.txt}, whose lines say which mentions are one person:
 * {@code same 1:赵磊 2:ZHAO Lei}, {@code apart 1:王明 2:王明 doubtful} (the second mention's resolution is
 * doubtful), and {@code orders both} for cases that must hold in the reverse order too.
 */
class ResolutionGoldenTest {
    private static final Map<String, Integer> TALLY = Collections.synchronizedMap(new TreeMap<>());

    static Stream<Arguments> cases() {
        return GoldenCases.of("resolve");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesAsExpected(String name, Path dir) throws IOException {
        List<Path> docs;
        try (Stream<Path> files = Files.list(dir)) {
            docs = files.filter(f -> f.getFileName().toString().matches("\\d+-.*\\.txt")).sorted().toList();
        }
        List<String> lines = GoldenCases.read(dir.resolve("expected.txt")).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        check(name, docs, lines);
        if (lines.contains("orders both")) {
            List<Path> reversed = new ArrayList<>(docs);
            Collections.reverse(reversed);
            check(name + " (reversed)", reversed, lines);
        }
    }

    private static void check(String name, List<Path> order, List<String> lines) {
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        Map<String, ResolvedDocument> byNumber = new TreeMap<>();
        try (KgStore store = KgStore.inMemory()) {
            for (Path f : order) {
                PreparedDocument p = pipeline.prepare(f, Pipeline.peopleOf(store));
                pipeline.load(p, store);
                byNumber.put(f.getFileName().toString().replaceFirst("-.*", ""), p.doc());
            }
        }
        for (String line : lines) {
            if (line.startsWith("orders ")) {
                continue;
            }
            String[] w = line.split(" (?=\\d+:)|(?<=\\S) (?=doubtful$)");
            String kind = w[0];
            ResolvedPerson a = person(byNumber, w[1], name);
            ResolvedPerson b = person(byNumber, w[2], name);
            boolean joined = a.key().equals(b.key());
            boolean doubtful = b.resolution().doubtful() || a.resolution().doubtful();
            TALLY.merge(kind + (joined ? " → one person" : " → two people") + (doubtful ? ", doubtful" : ""), 1, Integer::sum);
            assertEquals(kind.equals("same"), joined, () -> name + ": " + line + ": " + a.key() + " and " + b.key()
                    + " (" + b.resolution().reason() + ")");
            if (w.length > 3) {
                assertTrue(doubtful, () -> name + ": " + line + ": not listed as doubtful");
            }
        }
    }

    private static ResolvedPerson person(Map<String, ResolvedDocument> docs, String ref, String name) {
        String[] parts = ref.split(":", 2);
        ResolvedDocument doc = docs.get(parts[0]);
        assertTrue(doc != null && doc.people().containsKey(parts[1]), () -> name + ": document " + parts[0]
                + " names no " + parts[1] + (doc == null ? "" : " (it names " + new TreeMap<>(doc.people()).keySet() + ")"));
        return doc.person(parts[1]);
    }

    /** The figures of the closing note: how many pairs were joined right, kept apart right, and left doubtful. */
    @AfterAll
    static void tally() {
        TALLY.forEach((k, v) -> System.out.println("resolution pairs: " + k + ": " + v));
    }
}
