package kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an affiliation as printed is placed against the unit that publishes a document (made-up units). */
class PublishingUnitTest {
    private static final PublishingUnit INSTITUTE = new PublishingUnit("中国科学院青岚湖环境研究所", "所", false, null, Map.of());
    private static final PublishingUnit UNIVERSITY = new PublishingUnit("云岭理工大学", "校", false, null, Map.of("校", "云岭理工大学"));
    private static final PublishingUnit COLLEGE = new PublishingUnit("海岳大学环境与资源学院", "院", false, null,
            Map.of("校", "海岳大学", "院", "海岳大学环境与资源学院"));
    private static final PublishingUnit LAB = new PublishingUnit("湖泊遥感国家重点实验室", "实验室", false,
            "中国科学院青岚湖环境研究所", Map.of());

    @Test
    void theUnitItsPartsAndItsAbbreviationsAreInside() {
        assertTrue(INSTITUTE.places("中国科学院青岚湖环境研究所"));
        assertTrue(INSTITUTE.places("中科院青岚湖环境研究所湖泊沉积研究室"), "中科院 is 中国科学院; a part of the unit");
        assertTrue(INSTITUTE.places("青岚湖所"), "an abbreviation keeps the core's characters in order");
        assertTrue(INSTITUTE.places("科技处"), "a part named bare is the institute's own");
        assertTrue(UNIVERSITY.places("云岭理工大学地球科学学院"));
        assertTrue(UNIVERSITY.places("我校水资源学院"));
        assertTrue(COLLEGE.places("环资院"));
        assertTrue(COLLEGE.places("我院"));
        assertTrue(LAB.places("中国科学院青岚湖环境研究所"), "the host institute of a laboratory");
    }

    @Test
    void elsewhereIsOutside() {
        assertFalse(INSTITUTE.places("中国科学院"), "the academy is not the institute");
        assertFalse(INSTITUTE.places("中国科学院青岚山地理研究所"));
        assertFalse(UNIVERSITY.places("云岭大学"), "a shorter name that keeps the whole kind word is another university");
        assertFalse(UNIVERSITY.places("省地质调查院"));
        assertFalse(COLLEGE.places("我校化学学院"), "a sibling college of the same university");
        assertFalse(COLLEGE.places("科技处"), "a college's news: a bare office is the university's, not the college's");
        assertFalse(COLLEGE.places("海岳大学"), "the university as a whole is not the college");
        assertFalse(LAB.places("中国科学院青岚湖环境研究所科技处"), "only the host itself, not its other parts");
    }

    @Test
    void aUnitKnownOnlyByItsSelfReference() {
        PublishingUnit unnamed = new PublishingUnit(null, "所", false, null, Map.of());
        assertTrue(unnamed.places("我所"));
        assertFalse(unnamed.places("北川大学"));
        assertNull(PublishingUnit.unknown().places(null));
        assertFalse(PublishingUnit.unknown().places("北川大学"), "a text that shows no unit places only its self-references");
        assertTrue(PublishingUnit.unknown().places("我校"));
        assertTrue(PublishingUnit.unknown().places("理学院"), "a part named bare is the publisher's own");
    }

    @Test
    void headsAndSpeltOutOrgs() {
        assertTrue(INSTITUTE.headedBy(List.of("副所长")));
        assertFalse(INSTITUTE.headedBy(List.of("院长")), "an academy's president is not the institute's head");
        assertTrue(COLLEGE.headedBy(List.of("院长")));
        assertEquals("海岳大学化学学院", COLLEGE.expand("我校化学学院"));
        assertEquals("云岭理工大学水资源学院", UNIVERSITY.expand("水资源学院"));
        assertEquals("科技处", COLLEGE.expand("科技处"));
    }
}
