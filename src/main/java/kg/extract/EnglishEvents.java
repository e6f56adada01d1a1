package kg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.segment.DateFinder;

/**
 * Reads the event an item written in English reports: its headline, or failing one its opening sentences,
 * names a talk, visit, ceremony or meeting (… Opening Ceremony, the 2018 Annual Meeting … was held, gave a
 * lecture, visited). The date is that of the first sentence saying it happened (On 19 January 2018, … was
 * held), else the item's. Everyone the item names takes part; who spoke (delivered a speech, gave a talk, In
 * his report, X …) is a speaker, who hosted or chaired it (chaired by X, X presided over …) its host.
 */
final class EnglishEvents {
    private static final Map<EventType, Pattern> KINDS = new LinkedHashMap<>();

    static {
        int ci = Pattern.CASE_INSENSITIVE;
        KINDS.put(EventType.CEREMONY, Pattern.compile("ceremony|commencement|inauguration|award(?:s)? presentation", ci));
        KINDS.put(EventType.TALK, Pattern.compile("lecture|seminar|colloquium|talk\\b|salon|forum|keynote|academic report|gave (?:a|an) (?:\\w+ )?(?:report|presentation)", ci));
        KINDS.put(EventType.VISIT, Pattern.compile("\\bvisit(?:ed|s|ing)?\\b|delegation", ci));
        KINDS.put(EventType.MEETING, Pattern.compile("meeting|workshop|conference|symposium|summit|congress|kick-?off|\\bwas (?:held|convened)|were held", ci));
        KINDS.put(EventType.ACTIVITY, Pattern.compile("field trip|excursion|competition|contest|open day|activit(?:y|ies)", ci));
    }

    private static final Pattern HAPPENED = Pattern.compile(
            "\\b(?:held|hosted|host|convened|opened|organi[sz]ed|took place|visited|paid a visit|attended|gave|delivered|chaired|presided|launched|kicked off)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What a speaker does, after the name. */
    private static final Pattern SPEAKS_AFTER = Pattern.compile(
            "^[^.;]{0,80}?\\b(?:delivered|gave|made|presented|was making|made|giving|delivering)\\s+(?:a|an|the|his|her)?\\s*(?:[\\w\\-]+\\s+){0,4}?(?:speech|talk|lecture|report|presentation|address|keynote)"
                    + "|^[^.;]{0,60}?\\bspoke\\b|^[^.;]{0,40}?\\bpresented the\\b",
            Pattern.CASE_INSENSITIVE);
    /** In his working report, X …: a speaker named after the phrase. */
    private static final Pattern SPEAKS_BEFORE = Pattern.compile(
            "(?:In (?:his|her) (?:[\\w\\-]+\\s+){0,3}(?:report|speech|talk|lecture|address|presentation)|speaker(?:s)? (?:was|were|is)|lecture by|talk by|speech by|given by|delivered by)[^.;]{0,60}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOSTS_AFTER = Pattern.compile("^[^.;]{0,60}?\\b(?:presided over|chaired|hosted|moderated)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOSTS_BEFORE = Pattern.compile(
            "(?:presided over|chaired|hosted|moderated)\\s+by\\s+[^.;]{0,40}$", Pattern.CASE_INSENSITIVE);

    List<EventFact> extract(ItemText t, List<GroupFact> groups) {
        // a bilingual item's headline may be the Chinese lead (… 研讨会在京召开)
        EventType type = typeOf(t.item.title());
        type = type != null ? type : EventExtractor.typeOf(t.item.title());
        for (int i = 0; type == null && i < Math.min(2, t.sentences.size()); i++) {
            type = typeOf(t.sentences.get(i).text());
        }
        LocalDate date = date(t);
        if (type == null || date == null) {
            return List.of();
        }
        Map<String, EventRole> people = new LinkedHashMap<>();
        for (ItemText.Sentence s : t.sentences) {
            for (MentionReader.Located n : s.names()) {
                String after = s.text().substring(n.end());
                String before = s.text().substring(0, n.start());
                EventRole role = EventRole.PARTICIPANT;
                if (SPEAKS_AFTER.matcher(after).find() || SPEAKS_BEFORE.matcher(before).find()) {
                    role = EventRole.SPEAKER;
                } else if (HOSTS_AFTER.matcher(after).find() || HOSTS_BEFORE.matcher(before).find()) {
                    role = EventRole.HOST;
                }
                people.merge(n.name(), role, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        List<EventParticipant> list = new ArrayList<>();
        people.forEach((n, r) -> list.add(new EventParticipant(n, r)));
        ItemText.Sentence lead = t.sentences.isEmpty() ? t.title : t.sentences.get(0);
        return List.of(new EventFact(type, t.item.title(), date, null, list, t.evidence(lead)));
    }

    /** The date of the first sentence that says the event happened, else the item's. */
    private static LocalDate date(ItemText t) {
        Integer year = t.item.date() == null ? null : t.item.date().getYear();
        for (ItemText.Sentence s : t.sentences) {
            if (HAPPENED.matcher(s.text()).find()) {
                Optional<LocalDate> d = DateFinder.first(s.text(), year);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return t.item.date();
    }

    /** The kind whose word comes first in the text (the Summing-up Meeting (the Working Seminar) is a meeting). */
    static EventType typeOf(String text) {
        EventType type = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<EventType, Pattern> e : KINDS.entrySet()) {
            Matcher m = text == null ? null : e.getValue().matcher(text);
            if (m != null && m.find() && m.start() < at) {
                type = e.getKey();
                at = m.start();
            }
        }
        return type;
    }

    /**
     * Is the item written in English: a headline without Chinese, and mostly English sentences? A Chinese item
     * that quotes an English abstract, or a bilingual one headed by its Chinese lead, keeps the Chinese frames.
     */
    static boolean isEnglish(ItemText t) {
        long english = t.sentences.stream().filter(s -> EnglishSentences.isEnglish(s.text())).count();
        boolean chineseHeadline = t.item.title() != null && t.item.title().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return !chineseHeadline && !t.sentences.isEmpty() && english * 2 > t.sentences.size();
    }
}
