package kg.validate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kg.pipeline.Pipeline;
import kg.rdf.IssueGraph;
import kg.rdf.KG;
import kg.resolve.CuratedPeople;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphValidatorTest {
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private final GraphValidator validator = new GraphValidator();
    private IssueGraph issue;

    @BeforeEach
    void map() {
        Pipeline p = new Pipeline(CuratedPeople.none());
        issue = p.graph(p.resolve(Path.of("src/test/resources/golden/rdf/award-item/input.txt")));
    }

    @Test
    void acceptsWhatTheMapperWrites() {
        assertDoesNotThrow(() -> validator.validate(issue));
    }

    @Test
    void refusesAFactThatDoesNotSayWhereItCameFrom() {
        Node conferral = issue.graph().find(Node.ANY, RDF.type.asNode(), KG.AwardConferral.asNode()).next().getSubject();
        issue.graph().remove(conferral, DERIVED_FROM, Node.ANY);
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(issue));
        assertTrue(e.getMessage().contains(conferral.getURI()), e.getMessage());
        assertTrue(e.getMessage().contains("FactShape"), e.getMessage());
    }

    @Test
    void refusesAMalformedDoi() {
        Node work = NodeFactory.createURI(KG.DATA + "work/broken");
        Node item = issue.graph().find(Node.ANY, RDF.type.asNode(), KG.NewsletterItem.asNode()).next().getSubject();
        issue.graph().add(Triple.create(work, RDF.type.asNode(), KG.Article.asNode()));
        issue.graph().add(Triple.create(work, DERIVED_FROM, item));
        issue.graph().add(Triple.create(work, KG.evidence.asNode(), NodeFactory.createLiteralString("a sentence")));
        issue.graph().add(Triple.create(work, KG.doi.asNode(), NodeFactory.createLiteralString("not a doi")));
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(issue));
        assertTrue(e.getMessage().contains("work/broken") && e.getMessage().contains("WorkShape"), e.getMessage());
    }
    @Test
    void refusesAnOrganisationThatIsPartOfItself() {
        Node university = subOrganization().getObject();
        // the university made a part of the department it contains: a cycle through two organisations
        issue.graph().add(Triple.create(university, KG.subOrganizationOf.asNode(), subOrganization().getSubject()));
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(issue));
        assertTrue(e.getMessage().contains("OrganizationShape") && e.getMessage().contains("part of itself"), e.getMessage());
    }

    @Test
    void refusesAnOrganisationWithTwoParentsOrTwoNames() {
        Node dept = subOrganization().getSubject();
        issue.graph().add(Triple.create(dept, KG.subOrganizationOf.asNode(), NodeFactory.createURI(KG.DATA + "org/nowhere")));
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(issue));
        assertTrue(e.getMessage().contains("OrganizationShape"), e.getMessage());
        map();
        issue.graph().add(Triple.create(subOrganization().getSubject(), KG.name.asNode(), NodeFactory.createLiteralString("另一个名称")));
        e = assertThrows(ValidationException.class, () -> validator.validate(issue));
        assertTrue(e.getMessage().contains("OrganizationShape"), e.getMessage());
    }

    @Test
    void refusesAnAliasThatIsTheNameItself() {
        Triple dept = subOrganization();
        Node name = issue.graph().find(dept.getSubject(), KG.name.asNode(), Node.ANY).next().getObject();
        issue.graph().add(Triple.create(dept.getSubject(), KG.alias.asNode(), name));
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(issue));
        assertTrue(e.getMessage().contains("InstitutionShape"), e.getMessage());
    }

    /** The department's triple saying it is part of its university. */
    private Triple subOrganization() {
        return issue.graph().find(department().getSubject(), KG.subOrganizationOf.asNode(), Node.ANY).next();
    }

    private Triple department() {
        return issue.graph().find(Node.ANY, RDF.type.asNode(), KG.Department.asNode()).next();
    }
}
