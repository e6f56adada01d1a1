package kg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kg.extract.Lexicon;
import kg.extract.PinyinForms;
import kg.query.QueryCatalog;
import kg.query.QueryRunner;
import kg.resolve.CuratedPeople;
import kg.resolve.Resolution;
import kg.store.KgStore;
import kg.testkit.Newsletters;
import org.junit.jupiter.api.Test;

/**
 * The department's English news pages (those of the development set: English texts that name the department)
 * ingested with the bundled Chinese issue, in either order: a person of the department the English page names
 * in Latin letters is the Chinese issue's person, not a second one, unless resolution lists the pair as doubtful.
 * Nothing here names anyone: the check is that no member named in Latin letters spells a member named in Chinese.
 */
class DepartmentEnglishPagesIT {
    private static final Path TEXTS = Path.of("..", "shared", "eval", "dev", "texts");
    private final Lexicon lex = Lexicon.get();
    private final PinyinForms pinyin = new PinyinForms(lex);

    @Test
    void englishPagesNameTheChineseIssuesPeopleInEitherOrder() throws IOException {
        boolean present = Files.isDirectory(TEXTS);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but the evaluation kit is not at " + TEXTS.toAbsolutePath().normalize());
        }
        assumeTrue(present, "the shared evaluation kit is beside the project");
        List<Path> english = new ArrayList<>();
        try (Stream<Path> s = Files.list(TEXTS)) {
            for (Path f : s.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.contains("\nlang: en") && lex.isDepartment(text)) {
                    english.add(f);
                }
            }
        }
        assertTrue(!english.isEmpty(), "the development set holds English pages of the department");
        List<Path> order = new ArrayList<>(List.of(Newsletters.BUNDLED));
        order.addAll(english);
        int joined = check(order);
        Collections.reverse(order);
        joined += check(order);
        assertTrue(joined > 0, "some member of the English pages is the Chinese issue's");
    }

    /** Ingests in this order, checks, and says how many Latin forms were joined to Chinese names. */
    private int check(List<Path> order) {
        Pipeline pipeline = new Pipeline(CuratedPeople.none());
        int joined = 0;
        try (KgStore store = KgStore.inMemory()) {
            for (Path f : order) {
                PreparedDocument doc = pipeline.prepare(f, Pipeline.peopleOf(store));
                pipeline.load(doc, store);
                joined += (int) doc.doc().people().values().stream().distinct()
                        .filter(p -> p.resolution().outcome() == Resolution.Outcome.JOINED)
                        .filter(p -> isHan(p.name()) != isHan(p.resolution().printed())).count();
            }
            QueryRunner runner = new QueryRunner(store.dataset());
            QueryCatalog catalog = QueryCatalog.load();
            List<Map<String, String>> people = new ArrayList<>();
            runner.select(catalog.get("people").orElseThrow(), Map.of(), rs -> {
                rs.forEachRemaining(r -> people.add(Map.of("person", r.getResource("person").getURI(),
                        "name", r.getLiteral("name").getString(), "internal", r.getLiteral("internal").getLexicalForm())));
                return null;
            });
            Set<String> doubtful = new HashSet<>();
            runner.select(catalog.get("doubtful-people").orElseThrow(), Map.of(), rs -> {
                rs.forEachRemaining(r -> doubtful.add(r.getResource("person").getURI()));
                return null;
            });
            List<Map<String, String>> members = people.stream().filter(p -> p.get("internal").equals("true")).toList();
            for (Map<String, String> latin : members) {
                if (isHan(latin.get("name")) || doubtful.contains(latin.get("person"))) {
                    continue;
                }
                for (Map<String, String> han : members) {
                    if (isHan(han.get("name")) && pinyin.spells(latin.get("name"), han.get("name"),
                            Math.max(1, lex.surnameLength(han.get("name"))))) {
                        fail("ingested in the order " + order + ": " + latin + " is a second person beside " + han);
                    }
                }
            }
            return joined;
        }
    }

    private static boolean isHan(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
