package kg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The departmental ontology's terms ({@code ontology/kg.ttl}); a test checks each one is declared there. */
public final class KG {
    public static final String NAMESPACE = "https://kg.ess.tsinghua.edu.cn/def#";
    public static final String PREFIX = "kg";
    /** Where the graph's own resources (people, works, items …) live. */
    public static final String DATA = "https://kg.ess.tsinghua.edu.cn/id/";
    /** Where the named graphs (one per issue) live. */
    public static final String GRAPHS = "https://kg.ess.tsinghua.edu.cn/graph/";
    private static final String SCHEMA = "https://schema.org/";

    public static final Resource NewsletterIssue = cls("NewsletterIssue");
    public static final Resource NewsletterItem = cls("NewsletterItem");
    public static final Resource Person = cls("Person");
    public static final Resource Organization = cls("Organization");
    public static final Resource Department = cls("Department");
    public static final Resource ResearchGroup = cls("ResearchGroup");
    public static final Resource ExternalInstitution = cls("ExternalInstitution");
    public static final Resource Work = cls("Work");
    public static final Resource Article = cls("Article");
    public static final Resource Preprint = cls("Preprint");
    public static final Resource Dataset = cls("Dataset");
    public static final Resource Software = cls("Software");
    public static final Resource Venue = cls("Venue");
    public static final Resource Authorship = cls("Authorship");
    public static final Resource Project = cls("Project");
    public static final Resource ProjectRole = cls("ProjectRole");
    public static final Resource Membership = cls("Membership");
    public static final Resource Resolution = cls("Resolution");
    public static final Resource Event = cls("Event");
    public static final Resource Talk = cls("Talk");
    public static final Resource Visit = cls("Visit");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Ceremony = cls("Ceremony");
    public static final Resource Activity = cls("Activity");
    public static final Resource EventParticipation = cls("EventParticipation");
    public static final Resource Award = cls("Award");
    public static final Resource AwardConferral = cls("AwardConferral");
    public static final Resource Tie = cls("Tie");

    // newsletter structure
    public static final Property series = prop("series");
    public static final Property year = prop("year");
    public static final Property issueNumber = prop("issueNumber");
    public static final Property serialNumber = prop("serialNumber");
    public static final Property sourceDocument = prop("sourceDocument");
    public static final Property inIssue = prop("inIssue");
    public static final Property section = prop("section");
    public static final Property sectionIndex = prop("sectionIndex");
    public static final Property itemNumber = prop("itemNumber");
    public static final Property position = prop("position");
    public static final Property title = prop("title");
    public static final Property titleZh = prop("titleZh");
    public static final Property date = prop("date");
    public static final Property text = prop("text");

    // provenance of every fact
    public static final Property evidence = prop("evidence");
    public static final Property mentionedIn = prop("mentionedIn");

    // people and organisations
    public static final Property name = prop("name");
    public static final Property pinyin = prop("pinyin");
    public static final Property alias = prop("alias");
    public static final Property internal = prop("internal");
    public static final Property memberOf = prop("memberOf");
    public static final Property publishedBy = prop("publishedBy");
    public static final Property affiliation = prop("affiliation");
    public static final Property subOrganizationOf = prop("subOrganizationOf");
    public static final Property member = prop("member");
    public static final Property resolves = prop("resolves");
    public static final Property outcome = prop("outcome");
    public static final Property reason = prop("reason");
    public static final Property doubtful = prop("doubtful");
    public static final Property otherPerson = prop("otherPerson");
    public static final Property organization = prop("organization");
    public static final Property roleTitle = prop("roleTitle");
    public static final Property cohort = prop("cohort");
    public static final Property leader = prop("leader");

    // works
    public static final Property venue = prop("venue");
    public static final Property doi = prop("doi");
    public static final Property url = prop("url");
    public static final Property work = prop("work");
    public static final Property agent = prop("agent");
    public static final Property rank = prop("rank");
    public static final Property isAuthor = prop("isAuthor");
    public static final Property isFirstAuthor = prop("isFirstAuthor");
    public static final Property isCorrespondingAuthor = prop("isCorrespondingAuthor");
    public static final Property isTeamLead = prop("isTeamLead");
    /** Standard shortcuts of an authorship, work to person, which no kg property is a subproperty of. */
    public static final Property schemaAuthor = ResourceFactory.createProperty(SCHEMA + "author");
    public static final Property schemaContributor = ResourceFactory.createProperty(SCHEMA + "contributor");

    // projects
    public static final Property code = prop("code");
    public static final Property programme = prop("programme");
    public static final Property project = prop("project");
    public static final Property isLeader = prop("isLeader");

    // events and awards
    public static final Property location = prop("location");
    public static final Property event = prop("event");
    public static final Property role = prop("role");
    public static final Property award = prop("award");
    public static final Property recipient = prop("recipient");
    public static final Property personA = prop("personA");
    public static final Property personB = prop("personB");
    public static final Property basis = prop("basis");
    public static final Property via = prop("via");

    // the derived graph (queries/derived): person summaries, and the flag of a bulk load not yet complete
    public static final Resource DerivedGraph = cls("DerivedGraph");
    public static final Property listedName = prop("listedName");
    public static final Property listedPinyin = prop("listedPinyin");
    public static final Property listedTitle = prop("listedTitle");
    public static final Property memberOfPublisher = prop("memberOfPublisher");
    public static final Property anyInternal = prop("anyInternal");
    public static final Property listedOrg = prop("listedOrg");
    public static final Property listedInstitution = prop("listedInstitution");
    public static final Property listedInstitutionName = prop("listedInstitutionName");
    public static final Property pendingDerivation = prop("pendingDerivation");

    private KG() {
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
