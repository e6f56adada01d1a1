package kg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.extract.Evidence;
import kg.extract.ExtractedDocument;
import kg.extract.ItemFacts;
import kg.extract.Lexicon;
import kg.extract.PersonMention;
import kg.extract.PublishingUnit;
import kg.segment.IssueMeta;
import kg.segment.Item;
import org.junit.jupiter.api.Test;

/** A document's affiliations as printed become one organisation each, the department's forms the department. */
class OrganisationsTest {
    private final Organisations organisations = new Organisations(Lexicon.get());

    @Test
    void everyFormOfTheDepartmentIsTheDepartmentPartOfItsUniversity() {
        List<String> forms = List.of("地学系", "地球系统科学系", "清华大学地学系", "清华大学 地球系统科学系，",
                "Department of Earth System Science (DESS)", "DESS",
                "Department of Earth System Science, Tsinghua University");
        ResolvedOrgs orgs = resolve(PublishingUnit.ofDepartment(), forms);
        ResolvedOrg department = orgs.of("地学系");
        forms.forEach(f -> assertSame(department, orgs.of(f), f));
        assertEquals(ResolvedOrg.Kind.DEPARTMENT, department.kind());
        assertEquals(Lexicon.get().departmentName(), department.name());
        assertEquals("清华大学", department.parent().name());
        assertNull(department.parent().parent());
        assertSame(department, orgs.publisher(), "the department publishes its own newsletter");
        assertTrue(department.aliases().containsAll(List.of("清华大学地学系", "Department of Earth System Science (DESS)")),
                department.aliases().toString());
        assertTrue(!department.aliases().contains(department.name()), "the name is no alias of itself");
    }

    @Test
    void aUnitOfTheDepartmentIsPartOfItAndANamesakeElsewhereIsNot() {
        ResolvedOrgs orgs = resolve(PublishingUnit.ofDepartment(), List.of("清华大学地学系冰冻圈实验室", "海岳大学地学系"));
        ResolvedOrg lab = orgs.of("清华大学地学系冰冻圈实验室");
        assertEquals(Lexicon.get().departmentName() + "冰冻圈实验室", lab.name());
        assertEquals(ResolvedOrg.Kind.DEPARTMENT, lab.parent().kind());
        assertTrue(lab.partOfDepartment());
        ResolvedOrg namesake = orgs.of("海岳大学地学系");
        assertEquals(ResolvedOrg.Kind.NAMED, namesake.kind());
        assertEquals("海岳大学", namesake.parent().name());
    }

    @Test
    void theDepartmentsOwnTextsMeanItsUniversityBy我校() {
        ResolvedOrgs orgs = resolve(PublishingUnit.ofDepartment(), List.of("我校环境学院", "清华大学", "Tsinghua University"));
        ResolvedOrg school = orgs.of("我校环境学院");
        assertEquals("清华大学环境学院", school.name());
        assertSame(orgs.of("清华大学"), school.parent());
        assertSame(orgs.of("清华大学"), orgs.of("Tsinghua University"), "the university's English name is the university");
    }

    @Test
    void aSubUnitAndItsParentPrintedAloneAreOneParent() {
        ResolvedOrgs orgs = resolve(PublishingUnit.ofDepartment(),
                List.of("中科院云岭高原研究所冰川过程重点实验室", "中国科学院云岭高原研究所", "中国科学院"));
        ResolvedOrg lab = orgs.of("中科院云岭高原研究所冰川过程重点实验室");
        assertSame(orgs.of("中国科学院云岭高原研究所"), lab.parent());
        assertSame(orgs.of("中国科学院"), lab.parent().parent());
        assertSame(orgs.of("中国科学院"), lab.top());
        assertEquals(List.of("中科院云岭高原研究所冰川过程重点实验室"), lab.aliases());
    }

    @Test
    void anotherUnitsSelfReferencesAreItsOwn() {
        // an institute's news that never names itself: 我所 is its publisher, 我系 is not the department
        PublishingUnit institute = new PublishingUnit(null, "所", false, null, Map.of());
        ResolvedOrgs orgs = resolve(institute, List.of("我所", "我系", "地学系"));
        assertSame(orgs.publisher(), orgs.of("我所"));
        assertEquals(ResolvedOrg.Kind.UNNAMED, orgs.publisher().kind());
        assertEquals("publisher/doc-test", orgs.publisher().key());
        assertEquals(ResolvedOrg.Kind.UNNAMED, orgs.of("我系").kind());
        assertEquals(ResolvedOrg.Kind.DEPARTMENT, orgs.of("地学系").kind(), "the department named is the department");
        ResolvedOrgs other = organisations.resolve(document(institute, List.of("我系")), List.of(), "doc-other");
        assertNotEquals(orgs.of("我系").key(), other.of("我系").key(), "我系 of two texts are two departments");
    }

    @Test
    void aNamedUnitsSelfReferencesAreSpeltOut() {
        PublishingUnit college = new PublishingUnit("海岳大学海洋科学学院", "院", false, "海岳大学",
                Map.of("院", "海岳大学海洋科学学院", "校", "海岳大学"));
        ResolvedOrgs orgs = resolve(college, List.of("我院", "我校物理系"));
        ResolvedOrg publisher = orgs.publisher();
        assertSame(publisher, orgs.of("我院"));
        assertEquals("海岳大学海洋科学学院", publisher.name());
        assertEquals("海岳大学", publisher.parent().name());
        assertEquals("海岳大学物理系", orgs.of("我校物理系").name());
        assertSame(publisher.parent(), orgs.of("我校物理系").parent());
        assertTrue(publisher.aliases().isEmpty(), "a self-reference is no name of the unit: " + publisher.aliases());
    }

    @Test
    void theKeyIsTheSameInEveryDocument() {
        ResolvedOrg a = resolve(PublishingUnit.ofDepartment(), List.of("海岳大学物理系")).of("海岳大学物理系");
        ResolvedOrg b = organisations.resolve(document(PublishingUnit.unknown(), List.of("海岳大学 物理系")), List.of(),
                "doc-other").of("海岳大学 物理系");
        assertEquals(a.key(), b.key());
        assertEquals(a.parent().key(), b.parent().key());
    }

    private ResolvedOrgs resolve(PublishingUnit unit, List<String> orgs) {
        return organisations.resolve(document(unit, orgs), List.of(), "doc-test");
    }

    /** One item whose people each give one of the affiliations. */
    private static ExtractedDocument document(PublishingUnit unit, List<String> orgs) {
        List<PersonMention> people = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            people.add(new PersonMention("张" + "甲乙丙丁戊己庚辛".charAt(i), null, List.of(), orgs.get(i), null, null,
                    new Evidence("1.1", "句子。")));
        }
        Item item = new Item("1.1", "工作动态", 1, 1, "标题", null, List.of("句子。"));
        return new ExtractedDocument(new IssueMeta(null, null, null, null, "doc.txt"),
                List.of(new ItemFacts(item, people, List.of(), List.of(), List.of(), List.of(), List.of())), List.of(), unit);
    }
}
