package kg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.extract.Extractor;
import kg.normalize.Normalizer;
import kg.segment.Segmenter;
import kg.source.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {
    @TempDir
    Path tmp;

    private ResolvedDocument resolve(String text, CuratedPeople curated) throws Exception {
        Path f = tmp.resolve("doc.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new Resolver(curated).resolve(new Extractor().extract(
                new Segmenter().segment(new Normalizer().normalize(new SourceReader().read(f)))));
    }

    private static final String TEXT = "一、工作动态\n1.地学系举办学术沙龙\n"
            + "2025 年 4 月 3 日，地球系统科学系在蒙民伟科技大楼举办学术沙龙，单文杰教授作主讲人，曾晓华研究员主持。\n"
            + "单文杰教授介绍了冰冻圈研究进展。\n";

    @Test
    void onePersonPerNameWithPinyinAndAStableKey() throws Exception {
        ResolvedDocument doc = resolve(TEXT, CuratedPeople.none());
        ResolvedPerson shan = doc.person("单文杰");
        assertEquals("Shan Wenjie", shan.pinyin(), "surname reading, not the dictionary's dan");
        assertEquals("Zeng Xiaohua", doc.person("曾晓华").pinyin());
        assertTrue(shan.key().startsWith("shan-wenjie-"), shan.key());
        assertEquals(shan.key(), resolve(TEXT, CuratedPeople.none()).person("单文杰").key(), "re-running gives the same key");
        assertNotEquals(PersonKeys.key("张佳", "Zhang Jia"), PersonKeys.key("张嘉", "Zhang Jia"), "one reading, two names, two people");
    }

    @Test
    void theCuratedFileMergesAnEnglishFormAndSettlesMembership() throws Exception {
        CuratedPeople curated = new CuratedPeople(List.of(
                new CuratedPeople.Entry("shan-wenjie", "单文杰", List.of("Wenjie Shan"), null, Boolean.FALSE)));
        ResolvedDocument doc = resolve(TEXT, curated);
        ResolvedPerson shan = doc.person("单文杰");
        assertEquals("shan-wenjie", shan.key());
        assertFalse(shan.internal(), "the curated file overrides the default for the department's own news");
        assertTrue(shan.aliases().contains("Wenjie Shan"));
        assertSame(shan, doc.people().get("Wenjie Shan"), "the English form resolves to the same person");
    }

    @Test
    void twoPeopleSharingANameAreToldApartByAffiliation() {
        CuratedPeople curated = new CuratedPeople(List.of(
                new CuratedPeople.Entry("wang-xin-ecology", "王新", List.of(), "生态环境部", null),
                new CuratedPeople.Entry("wang-xin-physics", "王新", List.of(), "物理系", null)));
        assertEquals("wang-xin-ecology", curated.lookup("王新", List.of("生态环境部对外合作与交流中心"), null).orElseThrow().id());
        assertEquals("wang-xin-physics", curated.lookup("王新", List.of("清华大学物理系"), null).orElseThrow().id());
    }

    @Test
    void aNarrowEntryHoldsOnlyWhereItsConditionsDoAndTheEvidenceDecidesElsewhere() {
        CuratedPeople narrow = new CuratedPeople(List.of(
                new CuratedPeople.Entry("wang-xin-ecology", "王新", List.of(), "生态环境部", null),
                new CuratedPeople.Entry("wang-xin-2", "王新", List.of(), null, "doc-news-1a2b", null)));
        assertTrue(narrow.lookup("王新", List.of("清华大学物理系"), "doc-other-0000").isEmpty(), "neither condition holds");
        assertEquals("wang-xin-2", narrow.lookup("王新", List.of("清华大学物理系"), "doc-news-1a2b").orElseThrow().id());
        CuratedPeople general = new CuratedPeople(List.of(
                new CuratedPeople.Entry("wang-xin-ecology", "王新", List.of(), "生态环境部", null),
                new CuratedPeople.Entry("wang-xin", "王新", List.of("Xin Wang"), null, null)));
        assertEquals("wang-xin", general.lookup("王新", List.of("清华大学物理系"), null).orElseThrow().id());
        assertEquals("wang-xin", general.lookup("Xin Wang", List.of(), null).orElseThrow().id(), "an alias names the entry");
        assertEquals("wang-xin-ecology", general.lookup("王新", List.of("生态环境部"), null).orElseThrow().id(),
                "the narrower entry first");
    }

    @Test
    void aBrokenCuratedFileIsRefusedNamingTheFile() throws Exception {
        Path f = tmp.resolve("people.json");
        Files.writeString(f, "{\"people\": [{\"name\": \"王新\", \"id\": \"Not A Slug\"}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CuratedPeople.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(CuratedPeople.read(tmp.resolve("absent.json")).lookup("王新", List.of(), null).isEmpty());
    }
}
