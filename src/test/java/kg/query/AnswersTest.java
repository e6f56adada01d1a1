package kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.store.KgStore;
import kg.testkit.Newsletters;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runner that keeps answers gives what a runner computing every request gives, whole, by the page and streamed,
 * before and after a write; it never gives an answer of an older state; it keeps no more than its bound; and one
 * answer asked by many at once is computed once.
 */
class AnswersTest {
    private static final Pipeline PIPELINE = new Pipeline(CuratedPeople.none());
    @TempDir
    Path tmp;

    @Test
    void keptAnswersAreTheComputedOnesBeforeAndAfterAWrite() {
        try (KgStore store = bundled()) {
            QueryRunner computing = new QueryRunner(store.dataset());
            Answers answers = new Answers(64L << 20);
            QueryRunner keeping = computing.answering(answers);
            List<CannedQuery> lists = QueryCatalog.load().all().stream()
                    .filter(q -> !q.light() && q.missing(Map.of()).isEmpty() && QueryFactory.create(q.sparql()).hasOrderBy())
                    .toList();
            assertTrue(lists.size() >= 10, "the archive's lists: " + lists.size());
            Map<String, String> before = sameAnswers(lists, computing, keeping);
            assertTrue(answers.bytes() > 0, "answers were kept");

            PIPELINE.ingest(Newsletters.write(tmp.resolve("gongzuo-dongtai-2024-1.txt"), Newsletters.asIssueOf(2024)), store);
            Map<String, String> after = sameAnswers(lists, computing, keeping);
            assertNotEquals(before.get("items"), after.get("items"), "the second issue's items are listed after the write");
        }
    }

    /** Each list whole, in pages of 7 and streamed, from both runners (the keeping one twice); the whole answers. */
    private static Map<String, String> sameAnswers(List<CannedQuery> lists, QueryRunner computing, QueryRunner keeping) {
        Map<String, String> wholes = new java.util.HashMap<>();
        for (CannedQuery q : lists) {
            String whole = csv(computing, q, null);
            assertEquals(whole, csv(keeping, q, null), q.name() + " whole, computing it");
            assertEquals(whole, csv(keeping, q, null), q.name() + " whole, kept");
            assertEquals(rows(computing, q, new QueryRunner.Window(7, 7)), rows(keeping, q, new QueryRunner.Window(7, 7)), q.name() + " page 2");
            for (ResultFormat f : List.of(ResultFormat.CSV, ResultFormat.JSON)) {
                ByteArrayOutputStream a = new ByteArrayOutputStream();
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                long n = computing.stream(q, Map.of(), f, a);
                assertEquals(n, keeping.stream(q, Map.of(), f, b), q.name() + " streamed rows");
                assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8), q.name() + " streamed as " + f);
            }
            wholes.put(q.name(), whole);
        }
        return wholes;
    }

    @Test
    void anAnswerOverTheBoundIsComputedEveryTimeAndNoneKeptExceedsIt() {
        try (KgStore store = bundled()) {
            QueryRunner computing = new QueryRunner(store.dataset());
            CannedQuery ties = QueryCatalog.load().get("review-ties").orElseThrow();
            CannedQuery series = QueryCatalog.load().get("series").orElseThrow();
            Answers tiny = new Answers(4096);
            QueryRunner keeping = computing.answering(tiny);
            assertEquals(csv(computing, ties, null), csv(keeping, ties, null));
            assertEquals(0, tiny.bytes(), "an answer larger than the bound is not kept");
            assertEquals(csv(computing, series, null), csv(keeping, series, null));
            assertTrue(tiny.bytes() > 0 && tiny.bytes() <= tiny.maxBytes(), "a small one is: " + tiny.bytes());
            for (CannedQuery q : QueryCatalog.load().all()) {
                if (q.missing(Map.of()).isEmpty()) {
                    assertEquals(csv(computing, q, null), csv(keeping, q, null), q.name());
                    assertTrue(tiny.bytes() <= tiny.maxBytes(), "after " + q.name() + ": " + tiny.bytes());
                }
            }
        }
    }

    @Test
    void anAnswerOfAnOlderStateIsNeverGivenNorKept() {
        Answers answers = new Answers(1 << 20);
        Object storage = new Object();
        Answers.Key key = new Answers.Key("SELECT * {}", Map.of());
        Answers.Answer old = answer("old");
        Answers.Answer now = answer("now");
        assertSame(old, answers.get(key, new Answers.State(storage, 1), () -> old));
        assertSame(now, answers.get(key, new Answers.State(storage, 2), () -> now), "a write: computed again");
        Answers.Answer late = answer("late");
        assertSame(late, answers.get(key, new Answers.State(storage, 1), () -> late), "a read begun before the write computes its own");
        assertSame(now, answers.get(key, new Answers.State(storage, 2), () -> answer("again")), "and does not replace the newer");
        assertSame(now, answers.get(key, new Answers.State(storage, 2), () -> answer("again")));
        Answers.Answer moved = answer("moved");
        assertSame(moved, answers.get(key, new Answers.State(new Object(), 0), () -> moved), "another storage (a compacted store)");
    }

    @Test
    void oneAnswerAskedByManyAtOnceIsComputedOnce() throws Exception {
        Answers answers = new Answers(1 << 20);
        Answers.Key key = new Answers.Key("SELECT * {}", Map.of());
        Answers.State state = new Answers.State(new Object(), 7);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Answers.Answer a = answer("a");
        CompletableFuture<Answers.Answer> first = CompletableFuture.supplyAsync(() -> answers.get(key, state, () -> {
            computed.incrementAndGet();
            computing.countDown();
            await(release);
            return a;
        }));
        assertTrue(computing.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<Answers.Answer>> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            others.add(CompletableFuture.supplyAsync(() -> answers.get(key, state, () -> {
                computed.incrementAndGet();
                return answer("b");
            })));
        }
        Thread.sleep(100);
        others.forEach(f -> assertFalse(f.isDone(), "waits for the answer being computed"));
        release.countDown();
        assertSame(a, first.get(10, TimeUnit.SECONDS));
        for (CompletableFuture<Answers.Answer> f : others) {
            assertSame(a, f.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, computed.get());
    }

    @Test
    void onlyAQueryThatFetchesNothingFromElsewhereIsKept() {
        ServicePolicy allowing = ServicePolicy.allowing(List.of("example.org"), java.time.Duration.ofSeconds(1));
        assertTrue(allowing.check(QueryFactory.create("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")));
        assertFalse(allowing.check(QueryFactory.create("SELECT * { ?s ?p ?o }")));
        try (KgStore store = KgStore.inMemory()) {
            Answers answers = new Answers(1 << 20);
            QueryRunner keeping = new QueryRunner(QueryTarget.local(store.dataset()),
                    ServicePolicy.allowing(List.of("127.0.0.1"), java.time.Duration.ofSeconds(1))).answering(answers);
            CannedQuery calling = new CannedQuery("calling", "t", "d", List.of(), List.of("s"), false,
                    "SELECT ?s { OPTIONAL { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }");
            keeping.select(calling, Map.of(), rs -> rs.size());
            assertEquals(0, answers.bytes(), "a SERVICE's answer is not the store's to keep");
        }
    }

    private static KgStore bundled() {
        KgStore store = KgStore.inMemory();
        PIPELINE.ingest(Newsletters.BUNDLED, store);
        return store;
    }

    private static Answers.Answer answer(String name) {
        Var v = Var.alloc("n");
        Binding b = Binding.builder().add(v, org.apache.jena.graph.NodeFactory.createLiteralString(name)).build();
        return new Answers.Answer(List.of(v), List.of(b), 100);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String csv(QueryRunner runner, CannedQuery q, QueryRunner.Window w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.write(q, Map.of(), w, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> rows(QueryRunner runner, CannedQuery q, QueryRunner.Window w) {
        return runner.select(q, Map.of(), w, rs -> {
            List<String> out = new ArrayList<>();
            List<String> vars = rs.getResultVars();
            rs.forEachRemaining(r -> out.add(vars.stream().map(v -> String.valueOf(r.get(v))).toList().toString()));
            return out;
        });
    }
}
