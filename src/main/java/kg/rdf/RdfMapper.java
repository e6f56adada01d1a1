package kg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.extract.AwardFact;
import kg.extract.Contributor;
import kg.extract.EventFact;
import kg.extract.EventParticipant;
import kg.extract.GroupFact;
import kg.extract.ItemFacts;
import kg.extract.PersonMention;
import kg.extract.ProjectFact;
import kg.extract.WorkFact;
import kg.resolve.ResolvedDocument;
import kg.resolve.Resolution;
import kg.resolve.ResolvedOrg;
import kg.resolve.ResolvedPerson;
import kg.segment.IssueMeta;
import kg.segment.Item;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Maps a resolved document to its issue's named graph. Every fact is a resource of its own (an authorship,
 * a membership, a participation …) derived from its item ({@code prov:wasDerivedFrom}) with the sentence that
 * states it ({@code kg:evidence}); no blank nodes, so a reload produces the same graph.
 */
public final class RdfMapper {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final StandardTerms standard;

    /** A mapper that writes the standard vocabularies' terms beside kg's, as the ontology aligns them. */
    public RdfMapper() {
        this(StandardTerms.ofOntology());
    }

    public RdfMapper(StandardTerms standard) {
        this.standard = standard;
    }

    public IssueGraph map(ResolvedDocument doc) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(KG.PREFIX, KG.NAMESPACE);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        m.setNsPrefix("id", KG.DATA);
        new Writer(m, doc).write();
        standard.addTo(m.getGraph());
        standard.prefixes().forEach(m::setNsPrefix);
        return new IssueGraph(doc.issueKey(), NodeFactory.createURI(Iris.graph(doc.issueKey())), m.getGraph());
    }

    /** The state of one mapping run. */
    private static final class Writer {
        private final Model m;
        private final ResolvedDocument doc;
        private final Iris iris;
        private final Property derivedFrom;
        private final String key;
        private final TieWriter ties;
        /** The unit whose document it is: internal people are its members in this graph. */
        private Resource unit;

        Writer(Model m, ResolvedDocument doc) {
            this.m = m;
            this.doc = doc;
            this.iris = new Iris(m);
            this.derivedFrom = m.createProperty(PROV, "wasDerivedFrom");
            this.key = doc.issueKey();
            this.ties = new TieWriter(m, iris, key, derivedFrom);
        }

        void write() {
            Resource issue = issue(doc.facts().issue());
            unit = org(doc.orgs().publisher());
            issue.addProperty(KG.publishedBy, unit);
            for (ItemFacts f : doc.facts().items()) {
                Resource item = item(f.item(), issue);
                people(f, item);
                works(f, item);
                projects(f, item);
                groups(f, item);
                events(f, item);
                awards(f, item);
            }
            ties.write();
        }

        /** The year a tie shown by this item counts for: the item's date, else its issue's year. */
        private Integer year(ItemFacts f) {
            return f.item().date() != null ? Integer.valueOf(f.item().date().getYear()) : doc.facts().issue().year();
        }

        private Resource issue(IssueMeta meta) {
            Resource r = iris.issue(key).addProperty(RDF.type, KG.NewsletterIssue)
                    .addProperty(KG.sourceDocument, str(meta.documentName()));
            optional(r, KG.series, meta.series());
            optional(r, KG.year, meta.year());
            optional(r, KG.issueNumber, meta.number());
            optional(r, KG.serialNumber, meta.serial());
            r.addProperty(RDFS.label, m.createLiteral(label(meta), "zh"));
            return r;
        }

        private static String label(IssueMeta meta) {
            if (!meta.isNewsletterIssue()) {
                return meta.documentName();
            }
            return meta.year() + " 年第 " + meta.number() + " 期《" + meta.series() + "》"
                    + (meta.serial() == null ? "" : " 总第 " + meta.serial() + " 期");
        }

        private Resource item(Item item, Resource issue) {
            Resource r = iris.item(key, item.id()).addProperty(RDF.type, KG.NewsletterItem)
                    .addProperty(KG.inIssue, issue)
                    .addProperty(KG.position, str(item.id()))
                    .addProperty(KG.sectionIndex, integer(item.sectionIndex()))
                    .addProperty(KG.title, str(item.title()))
                    .addProperty(KG.text, str(item.text()));
            optional(r, KG.section, item.section());
            optional(r, KG.itemNumber, item.number());
            if (item.date() != null) {
                r.addProperty(KG.date, m.createTypedLiteral(item.date().toString(), XSDDatatype.XSDdate));
            }
            return r;
        }

        private Resource person(String name, Resource item) {
            ResolvedPerson p = doc.person(name);
            Resource r = iris.person(p.key());
            if (!r.hasProperty(RDF.type)) {
                r.addProperty(RDF.type, KG.Person)
                        .addProperty(KG.name, str(p.name()))
                        .addProperty(KG.pinyin, str(p.pinyin()))
                        .addProperty(KG.internal, m.createTypedLiteral(p.internal()))
                        .addProperty(RDFS.label, m.createLiteral(p.name(), isHan(p.name()) ? "zh" : "en"));
                if (p.internal()) {
                    r.addProperty(KG.memberOf, unit);
                }
                if (!p.pinyin().equals(p.name())) {
                    r.addProperty(RDFS.label, m.createLiteral(p.pinyin(), "zh-Latn-pinyin"));
                }
                for (String a : p.aliases()) {
                    r.addProperty(KG.alias, str(a)).addProperty(RDFS.label, m.createLiteral(a, isHan(a) ? "zh" : "en"));
                }
                if (p.org() != null) {
                    r.addProperty(KG.affiliation, org(doc.org(p.org())));
                }
                resolution(p, r);
            }
            r.addProperty(KG.mentionedIn, item);
            return r;
        }

        /** Why the person has this key, where something was decided: joined, kept apart, or curated. */
        private void resolution(ResolvedPerson p, Resource person) {
            Resolution how = p.resolution();
            if (!how.decided() || how.evidence() == null) {
                return;
            }
            Resource r = fact(KG.Resolution, iris.item(key, how.evidence().itemId()), how.evidence().sentence(),
                    "resolution", key, p.key())
                    .addProperty(KG.resolves, person)
                    .addProperty(KG.name, str(how.printed()))
                    .addProperty(KG.outcome, str(how.outcome().name().toLowerCase(java.util.Locale.ROOT)))
                    .addProperty(KG.reason, str(how.reason()))
                    .addProperty(KG.doubtful, m.createTypedLiteral(how.doubtful()));
            if (how.other() != null && !how.other().equals(p.key())) {
                r.addProperty(KG.otherPerson, iris.person(how.other()));
            }
        }

        /**
         * An organisation, written once per graph with its canonical name, the other forms this document prints it
         * in and the organisation it is part of (written too, so that every chain ends inside the graph).
         */
        private Resource org(ResolvedOrg org) {
            Resource o = iris.org(org);
            if (!o.hasProperty(RDF.type)) {
                o.addProperty(RDF.type, type(org))
                        .addProperty(KG.name, str(org.name()))
                        .addProperty(RDFS.label, m.createLiteral(org.name(), isHan(org.name()) ? "zh" : "en"));
                org.aliases().forEach(a -> o.addProperty(KG.alias, str(a)));
                if (org.parent() != null) {
                    o.addProperty(KG.subOrganizationOf, org(org.parent()));
                }
            }
            return o;
        }

        /** The department; a unit of it or one the text leaves unnamed, an organisation; else an external one. */
        private static Resource type(ResolvedOrg org) {
            return switch (org.kind()) {
                case DEPARTMENT -> KG.Department;
                case UNNAMED -> KG.Organization;
                case NAMED -> org.partOfDepartment() ? KG.Organization : KG.ExternalInstitution;
            };
        }

        /** One membership per person and item: the titles and affiliation the item gives them. */
        private void people(ItemFacts f, Resource item) {
            Map<String, List<PersonMention>> byName = new LinkedHashMap<>();
            for (PersonMention pm : f.people()) {
                // a gloss (Zhao Ming beside 赵明) is the person it glosses: one membership for both
                byName.computeIfAbsent(doc.person(pm.name()).name(), k -> new ArrayList<>()).add(pm);
            }
            for (Map.Entry<String, List<PersonMention>> e : byName.entrySet()) {
                Resource person = person(e.getKey(), item);
                List<PersonMention> described = e.getValue().stream()
                        .filter(pm -> !pm.titles().isEmpty() || pm.org() != null || pm.cohort() != null).toList();
                if (described.isEmpty()) {
                    continue;
                }
                Resource r = fact(KG.Membership, item, described.get(0).evidence().sentence(),
                        "membership", key, pos(f), doc.person(e.getKey()).key())
                        .addProperty(KG.member, person);
                described.stream().map(PersonMention::org).filter(o -> o != null).findFirst()
                        .ifPresent(o -> r.addProperty(KG.organization, org(doc.org(o))));
                described.stream().flatMap(pm -> pm.titles().stream()).distinct()
                        .forEach(t -> r.addProperty(KG.roleTitle, str(t)));
                described.stream().map(PersonMention::cohort).filter(c -> c != null).findFirst()
                        .ifPresent(c -> r.addProperty(KG.cohort, integer(c)));
            }
        }

        private void works(ItemFacts f, Resource item) {
            int n = 0;
            for (WorkFact w : f.works()) {
                n++;
                String wk = Iris.workKey(w.doi(), w.url(), w.title(), w.titleZh(), key, pos(f), n);
                Resource r = iris.work(wk).addProperty(RDF.type, workType(w))
                        .addProperty(derivedFrom, item)
                        .addProperty(KG.evidence, str(w.evidence().sentence()));
                optional(r, KG.title, w.title());
                optional(r, KG.titleZh, w.titleZh());
                // one work reported twice (two items, one title) keeps the first DOI, link and venue: the
                // shapes allow one of each, and extraction must never make a graph they refuse
                if (!r.hasProperty(KG.doi)) {
                    optional(r, KG.doi, w.doi());
                }
                if (w.url() != null && !r.hasProperty(KG.url)) {
                    r.addProperty(KG.url, m.createTypedLiteral(w.url(), XSDDatatype.XSDanyURI));
                }
                if (w.venue() != null && !r.hasProperty(KG.venue)) {
                    r.addProperty(KG.venue, iris.venue(w.venue()).addProperty(RDF.type, KG.Venue)
                            .addProperty(KG.name, str(w.venue())).addProperty(RDFS.label, str(w.venue())));
                }
                if (w.date() != null) {
                    r.addProperty(KG.date, workDate(w.date()));
                }
                int rank = 0;
                for (Contributor c : w.contributors()) {
                    Resource person = person(c.name(), item);
                    ties.add("coauthor", r, item, year(f), person);
                    if (c.author()) {
                        rank++;
                    }
                    Resource a = fact(KG.Authorship, item, w.evidence().sentence(), "authorship", wk,
                            doc.person(c.name()).key())
                            .addProperty(KG.work, r)
                            .addProperty(KG.agent, person);
                    if (a.hasProperty(KG.isAuthor)) {
                        continue; // the work and person again in another item: the first reading's credit stands, as its DOI does
                    }
                    // the shortcut of the authorship node that analysts of other graphs query (ontology: schema:author)
                    r.addProperty(c.author() ? KG.schemaAuthor : KG.schemaContributor, person);
                    a.addProperty(KG.isAuthor, m.createTypedLiteral(c.author()))
                            .addProperty(KG.isFirstAuthor, m.createTypedLiteral(c.first()))
                            .addProperty(KG.isCorrespondingAuthor, m.createTypedLiteral(c.corresponding()))
                            .addProperty(KG.isTeamLead, m.createTypedLiteral(c.teamLead()));
                    if (c.author()) {
                        a.addProperty(KG.rank, integer(rank));
                    }
                }
            }
        }

        private Literal workDate(String iso) {
            XSDDatatype type = iso.length() == 4 ? XSDDatatype.XSDgYear
                    : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
            return m.createTypedLiteral(iso, type);
        }

        private static Resource workType(WorkFact w) {
            return switch (w.type()) {
                case ARTICLE -> KG.Article;
                case PREPRINT -> KG.Preprint;
                case DATASET -> KG.Dataset;
                case SOFTWARE -> KG.Software;
            };
        }

        private void projects(ItemFacts f, Resource item) {
            int n = 0;
            for (ProjectFact p : f.projects()) {
                n++;
                String pk = Iris.projectKey(p.code(), p.title(), key, pos(f), n);
                Resource r = iris.project(pk).addProperty(RDF.type, KG.Project)
                        .addProperty(derivedFrom, item)
                        .addProperty(KG.evidence, str(p.evidence().sentence()));
                optional(r, KG.title, p.title());
                optional(r, KG.code, p.code());
                optional(r, KG.programme, p.programme());
                List<String> people = new ArrayList<>(p.leaders());
                p.members().stream().filter(x -> !people.contains(x)).forEach(people::add);
                for (String name : people) {
                    Resource person = person(name, item);
                    ties.add("project", r, item, year(f), person);
                    fact(KG.ProjectRole, item, p.evidence().sentence(), "project-role", pk, doc.person(name).key())
                            .addProperty(KG.project, r)
                            .addProperty(KG.agent, person)
                            .addProperty(KG.isLeader, m.createTypedLiteral(p.leaders().contains(name)));
                }
            }
        }

        private void groups(ItemFacts f, Resource item) {
            for (GroupFact g : f.groups()) {
                ResolvedPerson leader = doc.person(g.leader());
                Resource head = person(g.leader(), item);
                Resource member = person(g.member(), item);
                Resource group = iris.group(leader.key()).addProperty(RDF.type, KG.ResearchGroup)
                        .addProperty(KG.leader, head)
                        .addProperty(KG.name, str(leader.name() + "课题组"))
                        .addProperty(derivedFrom, item);
                ties.add("group", group, item, year(f), head);
                ties.add("group", group, item, year(f), member);
                Resource r = fact(KG.Membership, item, g.evidence().sentence(), "group-membership", leader.key(),
                        doc.person(g.member()).key())
                        .addProperty(KG.member, member)
                        .addProperty(KG.organization, group);
                optional(r, KG.roleTitle, g.memberTitle());
            }
        }

        private void events(ItemFacts f, Resource item) {
            int n = 0;
            for (EventFact e : f.events()) {
                String ev = String.valueOf(++n);
                Resource r = fact(eventType(e), item, e.evidence().sentence(), "event", key, pos(f), ev)
                        .addProperty(KG.title, str(e.title()));
                if (e.date() != null) {
                    r.addProperty(KG.date, m.createTypedLiteral(e.date().toString(), XSDDatatype.XSDdate));
                }
                optional(r, KG.location, e.location());
                // a gloss (Zhao Ming beside 赵明) is the person it glosses: one participation, the more telling role
                Map<String, EventParticipant> byPerson = new LinkedHashMap<>();
                for (EventParticipant p : e.people()) {
                    byPerson.merge(doc.person(p.name()).key(), p, (a, b) -> a.role().ordinal() <= b.role().ordinal() ? a : b);
                }
                for (EventParticipant p : byPerson.values()) {
                    Resource person = person(p.name(), item);
                    ties.add("event", r, item, year(f), person);
                    fact(KG.EventParticipation, item, e.evidence().sentence(), "participation", key, pos(f), ev,
                            doc.person(p.name()).key())
                            .addProperty(KG.event, r)
                            .addProperty(KG.agent, person)
                            .addProperty(KG.role, str(p.role().name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }

        private static Resource eventType(EventFact e) {
            return switch (e.type()) {
                case TALK -> KG.Talk;
                case VISIT -> KG.Visit;
                case MEETING -> KG.Meeting;
                case CEREMONY -> KG.Ceremony;
                case ACTIVITY -> KG.Activity;
            };
        }

        private void awards(ItemFacts f, Resource item) {
            for (AwardFact a : f.awards()) {
                Resource award = iris.award(a.award()).addProperty(RDF.type, KG.Award)
                        .addProperty(KG.name, str(a.award())).addProperty(RDFS.label, m.createLiteral(a.award(), "zh"));
                for (String name : a.recipients()) {
                    Resource r = fact(KG.AwardConferral, item, a.evidence().sentence(), "conferral", key, pos(f),
                            Iris.digest(Iris.normal(a.award())), doc.person(name).key())
                            .addProperty(KG.award, award)
                            .addProperty(KG.recipient, person(name, item));
                    optional(r, KG.year, a.year());
                }
            }
        }

        private Resource fact(Resource type, Resource item, String sentence, String kind, String... parts) {
            return iris.fact(kind, parts).addProperty(RDF.type, type)
                    .addProperty(derivedFrom, item)
                    .addProperty(KG.evidence, str(sentence));
        }

        private static String pos(ItemFacts f) {
            return f.item().id();
        }

        private Literal str(String s) {
            return m.createTypedLiteral(s, XSDDatatype.XSDstring);
        }

        private Literal integer(int i) {
            return m.createTypedLiteral(String.valueOf(i), XSDDatatype.XSDinteger);
        }

        private void optional(Resource r, Property p, String v) {
            if (v != null && !v.isBlank()) {
                r.addProperty(p, str(v));
            }
        }

        private void optional(Resource r, Property p, Integer v) {
            if (v != null) {
                r.addProperty(p, integer(v));
            }
        }

        private static boolean isHan(String s) {
            return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
    }
}
