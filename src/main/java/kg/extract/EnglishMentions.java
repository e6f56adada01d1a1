package kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each mention of a name in an English sentence with what the text says around it: titles right
 * before it (Associate Professor, Prof., Dr.), a role and unit before a comma (IMR President, Dr. …), an
 * appositive after it (…, the deputy director of the department, …), an affiliation after it (from Peking
 * University, (Nanjing University)). An abbreviation the item defines (… Earth System Science (DESS)) stands
 * for its full form, and "the department" or "our institute" is the unit whose text it is.
 */
final class EnglishMentions {
    private static final String ORG_WORD = "(?:\\p{Lu}[\\p{L}&'’\\-]*|of|for|and|on|the|de|in|&)";
    private static final Pattern ORG_AFTER = Pattern.compile(
            "^\\s*(?:from|of|at|with)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&'’\\-]*(?:\\s+" + ORG_WORD + ")*)");
    private static final Pattern OWN_AFTER = Pattern.compile(
            "^\\s*(?:from|of|at|in)\\s+((?:the|our|this)\\s+(?:department|institute|school|college|faculty|academy|university|centre|center|laboratory|lab))(?![\\p{L}])(?!\\s+(?:of|for|on)\\s)");
    /** Professors Wang Ming and …: a plural title before the first of two names is the second's too. */
    private static final Pattern PLURAL_BEFORE = Pattern.compile(
            "(Professors|Profs\\.?|Drs\\.?|Academicians)\\s*\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,2}\\s*(?:,|,?\\s+and)\\s*$");
    private static final Pattern PAREN = Pattern.compile("^\\s*[（(]([^）)]{2,60})[）)]");
    private static final Pattern OWN_UNIT = Pattern.compile(
            "^(?:the|our|this)\\s+(?:department|institute|school|college|faculty|academy|university|centre|center|laboratory|lab)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNIT_PHRASE = Pattern.compile(
            "(?:(?:of|at|from|in)\\s+)((?:the|our|this)\\s+(?:department|institute|school|college|faculty|academy|university|centre|center|laboratory|lab)(?![\\p{L}])"
                    + "|(?:the\\s+)?\\p{Lu}[\\p{L}&'’\\-]*(?:\\s+" + ORG_WORD + ")*)");
    private static final Pattern ABBREVIATION = Pattern.compile("([\\p{L}&'’\\- ]{4,120}?)\\s*[（(](\\p{Lu}[\\p{L}]{1,9})[）)]");
    private static final Pattern FUNCTION_WORD = Pattern.compile("of|for|and|on|the|in|&|at|de");

    private final Lexicon lex;
    private final EnglishTitles titles = EnglishTitles.get();

    EnglishMentions(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * @param itemText the text abbreviations and "the department" are read from (the whole document: an
     *                 item may refer back to a unit another item named)
     */
    List<PersonMention> read(String sentence, List<MentionReader.Located> located, String itemId, EnglishUnitText itemText) {
        Map<String, String> abbreviations = itemText.abbreviations();
        Evidence ev = new Evidence(itemId, sentence);
        List<PersonMention> out = new ArrayList<>();
        for (MentionReader.Located m : located) {
            List<String> ts = new ArrayList<>();
            String org = null;
            String before = sentence.substring(0, m.start());
            // Associate Professor Dr. …: titles right before the name
            for (Matcher t = titleAtEnd(before); t != null; t = titleAtEnd(before)) {
                addTitle(ts, t.group(1));
                before = before.substring(0, t.start());
            }
            Matcher plural = PLURAL_BEFORE.matcher(before);
            if (ts.isEmpty() && plural.find()) {
                addTitle(ts, plural.group(1).replaceFirst("s(\\.?)$", "$1"));
            }
            // IMR President, Dr. …: a unit and a role before a comma
            Matcher role = Pattern.compile("((?:\\p{Lu}[\\p{L}&'’\\-]*\\s+){1,6})((?i:" + titles.pattern().pattern() + "))\\s*[,，]\\s*$")
                    .matcher(before);
            if (role.find()) {
                addTitle(ts, role.group(2));
                org = role.group(1).strip();
            }
            String after = sentence.substring(m.end());
            Matcher paren = PAREN.matcher(after);
            if (paren.find()) {
                String inside = paren.group(1).strip();
                if (inside.matches(".*\\p{Lu}.*") && !inside.matches("\\p{IsHan}+")) {
                    org = inside;
                }
                after = after.substring(paren.end());
            }
            Matcher from = ORG_AFTER.matcher(after);
            Matcher fromOwn = OWN_AFTER.matcher(after);
            if (org == null && fromOwn.find()) {
                org = fromOwn.group(1); // Professor X of the department
            } else if (org == null && from.find()) {
                org = trimOrg(from.group(1));
            }
            String appositive = appositive(after);
            if (appositive != null) {
                ts.addAll(titles.in(appositive));
                Matcher unit = UNIT_PHRASE.matcher(appositive);
                if (org == null && unit.find()) {
                    org = trimOrg(unit.group(1));
                }
            }
            boolean own = org != null && OWN_UNIT.matcher(org.strip()).matches();
            org = expand(org, abbreviations, itemText);
            org = org == null ? null : trimOrg(org);
            Boolean internal = org == null ? null
                    : Boolean.valueOf(own || lex.isDepartment(org) || itemText.ownUnits(EnglishMentions::ownUnits).contains(org));
            out.add(new PersonMention(m.name(), null, ts.stream().distinct().toList(), org, internal, null, ev));
        }
        return out;
    }

    private void addTitle(List<String> ts, String word) {
        String c = titles.canonical(word);
        if (c != null && !c.equals("-")) {
            ts.add(c);
        }
    }

    /** A title that ends the text (spaces aside), or null. */
    private Matcher titleAtEnd(String before) {
        Matcher t = Pattern.compile("(" + titles.pattern().pattern() + ")\\s*$", Pattern.CASE_INSENSITIVE).matcher(before);
        if (t.find() && t.end(1) > t.start(1) && Character.isUpperCase(before.charAt(t.start(1)))) {
            return t;
        }
        return null;
    }

    /** ", the deputy director of the department," after a name: the clause up to the next comma or stop. */
    private String appositive(String after) {
        Matcher m = Pattern.compile("^\\s*[,，]\\s*([^,，;；.。()（）]{2,120})").matcher(after);
        if (!m.find()) {
            return null;
        }
        String clause = m.group(1).strip();
        if (clause.matches("(?i)(?:dr|prof|profs|drs|mr|ms|mrs)")) {
            return null; // …, Dr. Sun: the next name's title, not this one's
        }
        Matcher t = titles.pattern().matcher(clause);
        // the clause describes the person when it opens with a role (the party secretary of …, academic leader)
        boolean opensWithRole = t.find() && clause.substring(0, t.start()).matches("(?i)(?:the|a|an|our)?\\s*(?:\\p{L}+\\s+){0,2}");
        return opensWithRole ? clause : null;
    }

    private static String trimOrg(String org) {
        String o = org.strip();
        String[] words = o.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (EnglishNames.headlineVerb(words[i])) {
                o = String.join(" ", java.util.Arrays.copyOf(words, i)); // University of Leeds Visits …
                break;
            }
        }
        // an organisation's name does not end on a function word (… of IMR and → … of IMR)
        for (boolean more = true; more; ) {
            more = false;
            int sp = o.lastIndexOf(' ');
            if (sp > 0 && FUNCTION_WORD.matcher(o.substring(sp + 1)).matches()) {
                o = o.substring(0, sp).strip();
                more = true;
            }
        }
        o = o.replaceFirst("^(?i)the\\s+", "");
        return o.length() < 2 ? null : o;
    }

    /** An abbreviation the item defines stands for its full form; "the department" for the department the item names. */
    private static String expand(String org, Map<String, String> abbreviations, EnglishUnitText itemText) {
        if (org == null) {
            return null;
        }
        String o = org.replaceFirst("^(?i)the\\s+", "");
        for (Map.Entry<String, String> e : abbreviations.entrySet()) {
            if (o.equals(e.getKey()) || o.startsWith(e.getKey() + " ")) {
                return e.getValue();
            }
        }
        if (OWN_UNIT.matcher(org.strip()).matches() || OWN_UNIT.matcher("the " + o).matches()) {
            String kind = o.replaceFirst("^(?i)(?:the|our|this)\\s+", "").toLowerCase(Locale.ROOT);
            return itemText.namedUnit(kind, k -> namedUnit(k, itemText.text()));
        }
        return o;
    }

    /** "the department": the first department of … the text names, else the kind itself. */
    private static String namedUnit(String kind, String text) {
        Matcher named = Pattern.compile("(?<![\\p{L}])(?i:" + kind + ")\\s+of\\s+(\\p{Lu}[\\p{L}\\-]*(?:\\s+(?:and|of|for|\\p{Lu}[\\p{L}\\-]*))*)")
                .matcher(text);
        return named.find() ? named.group().replaceFirst("^\\p{Ll}", named.group().substring(0, 1).toUpperCase(Locale.ROOT)).strip()
                : "the " + kind;
    }

    /** The full names "the school", "our institute" … stand for in the text: the unit whose text it is. */
    private static java.util.Set<String> ownUnits(EnglishUnitText unitText) {
        Map<String, String> abbreviations = unitText.abbreviations();
        String text = unitText.text();
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = Pattern.compile("(?<![\\p{L}])(?:the|our|this)\\s+(?:department|institute|school|college|faculty|academy|university|centre|center|laboratory|lab)(?![\\p{L}])(?!\\s+(?:of|for|on)\\s)(?!\\s+\\p{Lu})",
                Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            String unit = expand(m.group(), abbreviations, unitText);
            out.add(unit == null ? null : trimOrg(unit));
        }
        return out;
    }

    /** "Earth System Science (DESS)": each abbreviation the item defines, with the words its letters stand for. */
    static Map<String, String> abbreviations(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ABBREVIATION.matcher(text);
        while (m.find()) {
            String abbr = m.group(2);
            String letters = abbr.replaceAll("\\P{Lu}", "");
            String[] words = m.group(1).strip().split("\\s+");
            for (int from = words.length - 1; from >= 0; from--) {
                StringBuilder initials = new StringBuilder();
                for (int w = from; w < words.length; w++) {
                    if (!FUNCTION_WORD.matcher(words[w].toLowerCase(Locale.ROOT)).matches() && !words[w].isEmpty()) {
                        initials.append(Character.toUpperCase(words[w].charAt(0)));
                    }
                }
                if (initials.toString().equals(letters) && !FUNCTION_WORD.matcher(words[from].toLowerCase(Locale.ROOT)).matches()) {
                    String full = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
                    out.putIfAbsent(abbr, Character.toUpperCase(full.charAt(0)) + full.substring(1));
                    break;
                }
            }
        }
        return out;
    }
}
