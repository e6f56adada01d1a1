package kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.validate.GraphValidator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In an issue's graph one organisation is one node however the text prints it, and a unit says which
 * organisation it is part of. The institutions are made up, except the department and its university.
 */
class OrganisationGraphTest {
    static final String TEXT = "一、科研进展\n1.地学系在《地质学》发表俯冲带碳循环研究成果\n"
            + "2025 年 3 月 5 日，清华大学地学系在《地质学》（Geology）发表题为“Deep carbon cycling in subduction zones”的研究论文。"
            + "清华大学地学系博士生尹浩然为论文第一作者，地球系统科学系单文杰教授为通讯作者。"
            + "合作者包括海岳大学海洋科学学院孙立军教授、海岳大学物理系温晓燕，中科院云岭高原研究所蓝海涛。\n";

    @TempDir
    static Path tmp;
    private static Model graph;

    @BeforeAll
    static void map() throws Exception {
        Path f = tmp.resolve("orgs.txt");
        Files.writeString(f, TEXT, StandardCharsets.UTF_8);
        Pipeline p = new Pipeline(CuratedPeople.none());
        IssueGraph issue = p.graph(p.resolve(f));
        new GraphValidator().validate(issue);
        graph = ModelFactory.createModelForGraph(issue.graph());
    }

    @Test
    void twoPrintedFormsOfTheDepartmentAreOneOrganisation() {
        Resource department = affiliation("尹浩然");
        assertEquals(department, affiliation("单文杰"), "清华大学地学系 and 地球系统科学系");
        assertEquals(List.of(department), graph.listSubjectsWithProperty(RDF.type, KG.Department).toList());
        assertEquals("地球系统科学系", department.getProperty(KG.name).getString());
        assertEquals(Set.of("清华大学地学系"), strings(department, KG.alias));
        Resource university = department.getPropertyResourceValue(KG.subOrganizationOf);
        assertEquals("清华大学", university.getProperty(KG.name).getString());
        assertTrue(university.hasProperty(RDF.type, KG.ExternalInstitution));
    }

    @Test
    void aSubUnitIsPartOfItsParentWhichTheGraphDescribes() {
        Resource school = affiliation("孙立军");
        Resource physics = affiliation("温晓燕");
        Resource university = school.getPropertyResourceValue(KG.subOrganizationOf);
        assertEquals(university, physics.getPropertyResourceValue(KG.subOrganizationOf), "two departments, one university");
        assertEquals("海岳大学", university.getProperty(KG.name).getString());
        assertTrue(university.hasProperty(RDF.type, KG.ExternalInstitution));
        assertEquals(Set.of("海岳大学"), strings(university, RDFS.label));
        assertFalse(university.hasProperty(KG.subOrganizationOf), "a university is part of nothing its name shows");
    }

    @Test
    void anAbbreviatedAcademyIsWrittenOutAndTheChainEndsAtTheAcademy() {
        Resource institute = affiliation("蓝海涛");
        assertEquals("中国科学院云岭高原研究所", institute.getProperty(KG.name).getString());
        assertEquals(Set.of("中科院云岭高原研究所"), strings(institute, KG.alias));
        assertEquals("中国科学院", institute.getPropertyResourceValue(KG.subOrganizationOf).getProperty(KG.name).getString());
    }

    @Test
    void eachOrganisationIsWrittenOnce() {
        graph.listSubjectsWithProperty(RDF.type, KG.ExternalInstitution).forEach(o ->
                assertEquals(1, o.listProperties(KG.name).toList().size(), o + " has one name"));
    }

    private static Resource affiliation(String person) {
        Resource p = graph.listSubjectsWithProperty(KG.name, graph.createTypedLiteral(person, XSDDatatype.XSDstring))
                .next();
        return p.getPropertyResourceValue(KG.affiliation);
    }

    private static Set<String> strings(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject()).map(RDFNode::asLiteral)
                .map(l -> l.getLexicalForm()).collect(Collectors.toSet());
    }
}
