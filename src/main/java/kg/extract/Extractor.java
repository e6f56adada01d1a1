package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kg.segment.Item;
import kg.segment.SegmentedDocument;

/**
 * Reads every item of a document into facts. Names are found over the whole document first, so that a
 * name placed by a cue in one item is recognised where another item prints it bare.
 */
public final class Extractor {
    private final Lexicon lex = Lexicon.get();
    private final NameFinder names = new NameFinder(lex, new Tagger());
    private final MentionReader mentions = new MentionReader(lex);
    private final EnglishMentions englishMentions = new EnglishMentions(lex);
    private final GlossedNames glossed = new GlossedNames(lex);
    private final WorkExtractor works = new WorkExtractor(lex);
    private final ProjectExtractor projects = new ProjectExtractor();
    private final GroupExtractor groups = new GroupExtractor(lex);
    private final EventExtractor events = new EventExtractor();
    private final EnglishEvents englishEvents = new EnglishEvents();
    private final AwardExtractor awards = new AwardExtractor();
    private final UnitReader units = new UnitReader(lex);
    private final EnglishAwards englishAwards = new EnglishAwards();
    private final PaddedNames padded = new PaddedNames(lex);

    public ExtractedDocument extract(SegmentedDocument segmented) {
        SegmentedDocument doc = new SegmentedDocument(segmented.issue(), segmented.items().stream().map(padded::closeUp).toList(),
                segmented.warnings());
        List<String> sentences = new ArrayList<>();
        for (Item item : doc.items()) {
            sentences.addAll(Sentences.of(item.title()));
            item.paragraphs().forEach(p -> sentences.addAll(Sentences.of(p)));
        }
        Set<String> known = names.find(sentences);
        known.addAll(glossed.find(known, sentences));
        EnglishUnitText documentText = new EnglishUnitText(String.join("\n", sentences));
        List<ItemFacts> out = new ArrayList<>();
        for (Item item : doc.items()) {
            ItemText text = new ItemText(item, known, mentions);
            List<PersonMention> people = new ArrayList<>();
            people.addAll(read(text.title, item, documentText));
            for (ItemText.Sentence s : text.sentences) {
                people.addAll(read(s, item, documentText));
            }
            List<WorkFact> w = works.extract(text);
            List<GroupFact> g = groups.extract(text);
            List<ProjectFact> p = projects.extract(text);
            List<EventFact> e = EnglishEvents.isEnglish(text) ? englishEvents.extract(text, g) : events.extract(text, g);
            out.add(new ItemFacts(item, people, w, p, g, e, awardsOf(text, w, p, doc.issue().year())));
        }
        return new ExtractedDocument(doc.issue(), out, doc.warnings(), units.read(doc, out));
    }

    private List<AwardFact> awardsOf(ItemText text, List<WorkFact> w, List<ProjectFact> p, Integer year) {
        List<AwardFact> a = new ArrayList<>(awards.extract(text, w, p, year));
        a.addAll(englishAwards.extract(text, year));
        return a;
    }

    private List<PersonMention> read(ItemText.Sentence s, Item item, EnglishUnitText documentText) {
        return EnglishSentences.isEnglish(s.text())
                ? englishMentions.read(s.text(), s.names(), item.id(), documentText)
                : mentions.read(s.text(), s.names(), item.id());
    }
}
