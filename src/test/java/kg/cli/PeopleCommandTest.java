package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg people --doubtful} round trip: a doubtful split is listed with its line, the line goes into the curated
 * file, the document is ingested again, and the decision is the curator's: no longer doubtful, and explained.
 */
class PeopleCommandTest {
    private static final Path NAMESAKES = Path.of("src/test/resources/golden/resolve/namesakes-in-unrelated-units");
    private static final Pattern LINE = Pattern.compile("to join them, add to data/people.json: (\\{.*})");

    @TempDir
    Path tmp;

    @Test
    void aDoubtfulSplitListedWithItsLineIsJoinedOnceTheLineIsCurated() throws Exception {
        String store = tmp.resolve("store").toString();
        String university = NAMESAKES.resolve("1-university-news.txt").toString();
        String institute = NAMESAKES.resolve("2-institute-news.txt").toString();
        Path people = tmp.resolve("people.json");
        assertEquals(0, CliTest.run("ingest", "--store", store, "--people", people.toString(), university, institute).exit());

        CliTest.Run doubts = CliTest.run("people", "--doubtful", "--store", store);
        assertEquals(0, doubts.exit(), doubts.err());
        assertTrue(doubts.out().contains(" kept apart from 王明 <"), doubts.out());
        assertTrue(doubts.out().endsWith("1 doubtful decision(s)\n"), doubts.out());
        Matcher line = LINE.matcher(doubts.out());
        assertTrue(line.find(), doubts.out());

        Files.writeString(people, "{\"people\": [" + line.group(1) + "]}");
        assertEquals(0, CliTest.run("ingest", "--store", store, "--people", people.toString(), institute).exit());
        CliTest.Run after = CliTest.run("people", "--doubtful", "--store", store);
        assertEquals("0 doubtful decision(s)\n", after.out());
        CliTest.Run listed = CliTest.run("people", "--store", store);
        assertEquals(1, listed.out().lines().filter(l -> l.startsWith("王明\t")).count(), "one 王明 now: " + listed.out());
        CliTest.Run why = CliTest.run("explain", "王明", "--store", store);
        assertTrue(why.out().contains("why: the curated file's entry"), why.out());
    }
}
