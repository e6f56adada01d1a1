package kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArchiveGeneratorTest {
    private static final String TEXT = String.join("\n",
            "2025 年第一期《工作动态》总第 66 期",
            "2025 年 3 月 12 日，陈德亮院士与博士生孙艺",
            "达访问了天津大学。",
            "成果以“全球价值链放大未来极端高温风险”为题发表，链接：",
            "https://www.nature.com/articles/s41558-024-02193-x",
            "项目（2024YFF1307600）由陈德亮主持。");
    private final ArchiveGenerator generator = new ArchiveGenerator(TEXT, Set.of("陈德亮", "孙艺达"),
            Set.of("全球价值链放大未来极端高温风险"), new NamePool(1500));

    @Test
    void issueZeroKeepsTheHeaderAndDatesButRenamesPeople() {
        String v = generator.issue(0);
        assertTrue(v.startsWith("2025 年第一期《工作动态》总第 166 期"), v);
        assertTrue(v.contains("2025 年 3 月 12 日"), v);
        assertFalse(v.contains("陈德亮") || v.contains("孙艺"), v);
        assertTrue(v.contains(generator.rename("陈德亮", 0) + "院士"), v);
    }

    @Test
    void aNameBrokenAcrossLinesKeepsItsLineBreak() {
        String renamed = generator.rename("孙艺达", 3);
        String v = generator.issue(3);
        assertTrue(v.contains("博士生" + renamed.substring(0, 2) + "\n" + renamed.charAt(2) + "访问"), v);
    }

    @Test
    void laterIssuesMoveBackInTimeAndChangeTheirNumberLinksAndTitles() {
        String v = generator.issue(5);
        assertTrue(v.startsWith("2024 年第二期《工作动态》"), v);
        assertTrue(v.contains("2024 年 3 月 12 日"), v);
        assertTrue(v.contains("s41558-024-02198-x"), v);
        assertTrue(v.contains("“[5]全球价值链"), v);
        assertTrue(v.contains("（2024YFF1307605）"), v);
    }

    @Test
    void everyHundredIssuesAreAnotherDepartmentsSeries() {
        assertEquals("工作动态", ArchiveGenerator.series("工作动态", 99));
        assertEquals("地理系工作动态", ArchiveGenerator.series("工作动态", 100));
        assertEquals("地理系2工作动态", ArchiveGenerator.series("工作动态", 1000));
        assertTrue(generator.issue(100).startsWith("2025 年第一期《地理系工作动态》"));
    }

    @Test
    void consecutiveIssuesShareSomePeopleButNotAll() {
        assertNotEquals(generator.rename("陈德亮", 0), generator.rename("陈德亮", 1));
        assertEquals(generator.rename("陈德亮", 1), generator.rename("陈德亮", 1));
    }

    @Test
    void theLastNumberOfALinkShiftsAndKeepsItsWidth() {
        assertEquals("10.1029/2024MS004601", ArchiveGenerator.shiftLastNumber("10.1029/2024MS004599", 2));
        assertEquals("https://github.com/a/OneForecast-7", ArchiveGenerator.shiftLastNumber("https://github.com/a/OneForecast", 7));
        assertEquals("x/999", ArchiveGenerator.shiftLastNumber("x/998", 1));
        assertEquals("x/000", ArchiveGenerator.shiftLastNumber("x/999", 1));
    }
}
