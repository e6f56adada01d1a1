package kg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people named in English sentences. A name is a run of capitalised words (WANG Ming, Ming Wang,
 * Peter J. Holm, TianYuhang) placed by a cue: a title before it (Prof., Professor, Dr., Associate
 * Professor, Academician …) places any name; an appositive role after it (X Y, deputy director of …), a verb of
 * what people do (X Y delivered …, chaired by X Y) places a name only when it reads as a Chinese name in pinyin,
 * so that places and institutions (Peking University hosted …) are not taken for people.
 */
final class EnglishNames {
    static final String WORD = "(?:\\p{Lu}[\\p{L}'’\\-]*\\p{L}|\\p{Lu}\\.)";
    static final Pattern NAME = Pattern.compile("(?<![\\p{L}])" + WORD + "(?:\\s+" + WORD + "){0,3}(?![\\p{L}])");
    /** Personal titles that stand right before a name. */
    static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:(?:Associate|Assistant|Adjunct|Full|Distinguished|Visiting|Chair|Chief|Research|Honorary|Emeritus)\\s+)?"
                    + "(?:Professors?|Profs?\\.?)|Drs?\\.?|Doctor|Academicians?|Mr\\.?|Ms\\.?|Mrs\\.?|Miss|Madam|Sir");
    /** Professors Wang Ming and Chen Jing: a plural title places the names joined to the first. */
    private static final Pattern PLURAL_TITLE = Pattern.compile("(?:Professors|Profs\\.?|Drs\\.?|Academicians)\\s*$");
    /** Role nouns that stand before a name only in a title-like use (Dean Li Hua): a pinyin name must follow. */
    private static final Pattern ROLE_BEFORE = Pattern.compile(
            "(?:(?:Vice|Deputy|Executive)\\s+)?(?:President|Director|Dean|Chairman|Chairwoman|Secretary|Chair)");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^\\s*[,，]\\s*(?:(?:the|a|an|our)\\s+)?(?:(?:\\p{Lu}{2,}|\\p{Lu}\\p{Ll}+)\\s+)?(?:(?:deputy|vice|associate|assistant|executive|former|chief|senior|junior|full|honorary|distinguished|visiting|postdoctoral|graduate|doctoral|undergraduate|phd|ph\\.d\\.|master'?s?|party)\\s+)*"
                    + "(?:director|dean|president|professor|secretary|chair|chairman|head|leader|representative|student|candidate|researcher|scientist|engineer|postdoc|fellow|member|academician|lecturer|winner|recipient|laureate|editor|founder|expert|teacher|tutor|supervisor|advisor|adviser|author|investigator|chief)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^\\s+(?:(?:also|then|further|first|later|together|finally|briefly|warmly)\\s+)?(?:delivered|gave|presented|made|said|stated|noted|pointed|stressed|emphasi[sz]ed|introduced|reported|visited|attended|chaired|hosted|presided|received|won|(?:was|is|has been|had been|were)\\s+(?:awarded|elected|invited|appointed|named|honou?red|selected|granted|presented|recognized|recognised|promoted|conferred)|spoke|welcomed|encouraged|announced|reviewed|thanked|shared|led|expressed|congratulated|extended|addressed|highlighted|summari[sz]ed|explained|hoped|urged|met|joined|talked|lectured|answered)\\b");
    private static final Pattern BY_BEFORE = Pattern.compile(
            "(?:(?:chaired|hosted|presided over|given|delivered|presented|attended|introduced|organi[sz]ed|led|moderated|accompanied|joined)\\s+by|including|includes)\\s*$");
    /** Words of institutions, places and events: a run with one of these is no one's name. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("University", "Institute", "Academy", "Department",
            "Center", "Centre", "Laboratory", "Lab", "School", "College", "Society", "Association", "Committee",
            "Ministry", "Bureau", "Administration", "Station", "Office", "Group", "Council", "Foundation", "Survey",
            "Museum", "Meeting", "Ceremony", "Conference", "Workshop", "Seminar", "Forum", "Program", "Programme",
            "Project", "Award", "Prize", "Medal", "Fund", "Agency", "Observatory", "Network", "Company", "Corporation",
            "Province", "City", "Road", "Building", "Hall", "Room", "Street", "District", "County", "Park", "Campus",
            "Lake", "River", "Mountain", "Mountains", "Plateau", "Sea", "Basin", "Island", "Bay");
    private static final Set<String> HEADLINE_VERBS = Set.of("Gives", "Delivers", "Visits", "Visited", "Attends",
            "Wins", "Won", "Receives", "Received", "Awarded", "Elected", "Talks", "Speaks", "Lectures", "Presents",
            "Hosts", "Holds", "Joins", "Meets", "Named", "Honored", "Honoured", "Appointed", "Invited", "Shares");
    /** Words of a sentence or of a title, which a name does not contain. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "This", "That", "These", "On", "In", "At", "Of", "And",
            "For", "During", "After", "Before", "Then", "He", "She", "They", "We", "His", "Her", "Their", "Our",
            "China", "Chinese", "National", "State", "Key", "Science", "Sciences", "Earth", "System", "Ocean",
            "A", "An", "As", "By", "With", "From", "To", "It", "Its", "Also", "All", "Prof", "Professor", "Dr",
            "Academician", "Director", "Dean", "President", "Secretary", "Chairman", "Vice", "Deputy", "Associate",
            "Assistant", "Mr", "Ms", "Mrs", "Miss", "Madam", "Sir", "Doctor", "Chief", "Research", "Visiting",
            "Distinguished", "Honorary", "Emeritus", "Adjunct", "Full", "Chair", "Professors", "Profs", "Drs",
            "Academicians", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /** Xudong Li, Mei Chen, and Hao Sun: an author list of a citation, every element a name. */
    private static final String LIST_NAME = "\\p{Lu}[\\p{L}'’\\-]*\\p{Ll}(?:\\s+(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{L}'’\\-]*\\p{Ll}){1,2}";
    private static final Pattern AUTHOR_LIST = Pattern.compile(
            "(?<![\\p{L}])" + LIST_NAME + "(?:\\s*,\\s*" + LIST_NAME + "){2,}\\s*,?\\s*(?:and|&)\\s+" + LIST_NAME + "(?=\\s*[.,(])");
    private static final Pattern LIST_ELEMENT = Pattern.compile(LIST_NAME);

    private final PinyinForms pinyin;

    EnglishNames(PinyinForms pinyin) {
        this.pinyin = pinyin;
    }

    /** The names the cues place in one English sentence. */
    List<String> find(String s) {
        List<String> out = new ArrayList<>();
        Matcher list = AUTHOR_LIST.matcher(s);
        while (list.find()) {
            List<String> names = new ArrayList<>();
            Matcher e = LIST_ELEMENT.matcher(list.group());
            while (e.find()) {
                String n = trimmed(e.group());
                if (n == null || !n.equals(e.group().replaceAll("\\s+", " "))) {
                    names.clear();
                    break; // an element that is no name (… Science, Ocean University, and …): not an author list
                }
                names.add(n);
            }
            out.addAll(names);
        }
        Matcher m = NAME.matcher(s);
        while (m.find()) {
            String name = trimmed(m.group());
            if (name == null) {
                continue;
            }
            int start = s.indexOf(name, m.start());
            String before = s.substring(0, start);
            String after = s.substring(start + name.length());
            boolean titled = endsWithTitle(before, TITLE_BEFORE);
            String[] words = name.split("\\s+");
            if (words.length > 2 && pinyin.isChineseNameInPinyin(words[0] + " " + words[1])) {
                name = words[0] + " " + words[1]; // a headline's capitals run on after the name
                after = s.substring(start + name.length());
            }
            boolean chinese = pinyin.isChineseNameInPinyin(name);
            boolean cued = APPOSITIVE.matcher(after).find() || VERB_AFTER.matcher(after).find()
                    || BY_BEFORE.matcher(before).find() || endsWithTitle(before, ROLE_BEFORE);
            if (titled || chinese && cued) {
                out.add(name);
            }
            if (titled && PLURAL_TITLE.matcher(before).find()) {
                Matcher next = Pattern.compile("^\\s*(?:,|,?\\s+and)\\s+(" + WORD + "(?:\\s+" + WORD + "){0,2})").matcher(after);
                String joined = next.find() ? trimmed(next.group(1)) : null;
                if (joined != null) {
                    out.add(joined);
                }
            }
        }
        return out;
    }

    /**
     * The part of a run of capitalised words that can be a name: words of sentence or title (On, The, Professor)
     * before it are skipped, and it ends before the next such word; null when it runs into an institution's
     * word (Peking University) or nothing is left.
     */
    private static String trimmed(String run) {
        String[] words = run.split("\\s+");
        int from = 0;
        while (from < words.length && notName(words[from])) {
            from++;
        }
        int end = from;
        while (end < words.length && !notName(words[end])) {
            end++;
        }
        if (end == from || end < words.length && INSTITUTION_WORDS.contains(bare(words[end]))) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, end));
        return name.endsWith(".") || name.length() < 2 ? null : name;
    }

    /** A word of a headline's verb (… Visits the Department), which ends a name or an institution's name. */
    static boolean headlineVerb(String word) {
        return HEADLINE_VERBS.contains(bare(word));
    }

    private static boolean notName(String word) {
        return NOT_NAME_WORDS.contains(bare(word)) || INSTITUTION_WORDS.contains(bare(word)) || headlineVerb(word);
    }

    private static String bare(String word) {
        return word.replaceAll("(?:[’']s|\\.)$", "");
    }

    private static boolean endsWithTitle(String before, Pattern title) {
        Matcher t = Pattern.compile("(?:" + title.pattern() + ")\\s*$").matcher(before);
        if (!t.find()) {
            return false;
        }
        int at = t.start();
        return at == 0 || !Character.isLetter(before.charAt(at - 1));
    }

    /**
     * Drops a lone surname (Prof. Xia) when the document gives that person's full name (Xia Mingjun): the
     * short form is read as the full name where a title stands before it.
     */
    static void dropShortForms(Collection<String> names) {
        List<String> full = names.stream().filter(n -> n.contains(" ") && NAME.matcher(n).matches()).toList();
        names.removeIf(n -> !n.contains(" ") && NAME.matcher(n).matches() && shortOf(n, full) != null);
    }

    /** The one full name whose first or last word the lone word is, or null. */
    static String shortOf(String lone, Collection<String> names) {
        String hit = null;
        for (String n : names) {
            String[] w = n.split("\\s+");
            if (w.length >= 2 && (w[0].equalsIgnoreCase(lone) || w[w.length - 1].equalsIgnoreCase(lone))) {
                if (hit != null && !hit.equals(n)) {
                    return null;
                }
                hit = n;
            }
        }
        return hit;
    }

    /** Where a title stands before a lone surname of a known full name: the full name is meant there. */
    static List<MentionReader.Located> titledShortForms(String s, Collection<String> names) {
        List<MentionReader.Located> out = new ArrayList<>();
        Matcher t = Pattern.compile("(?<![\\p{L}])(?:" + TITLE_BEFORE.pattern() + ")\\s*(\\p{Lu}[\\p{L}'\\-]*\\p{Ll})(?![\\p{L}])").matcher(s);
        while (t.find()) {
            String lone = t.group(1);
            if (names.contains(lone)) {
                continue;
            }
            String full = shortOf(lone, names);
            if (full != null) {
                out.add(new MentionReader.Located(full, t.start(1), t.end(1)));
            }
        }
        return out;
    }
}
