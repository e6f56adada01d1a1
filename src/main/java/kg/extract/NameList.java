package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names a sentence lists together around a cue: {@code 课题负责人季明副教授和北京大学颜华工程师…}
 * (the list that starts after a cue) or {@code 张明、李华、王芳等领衔} (the list that ends before one). Between two
 * names of one list stand only role words, a separator (、 和 及 与) and perhaps the next one's affiliation.
 */
final class NameList {
    private static final Lexicon LEX = Lexicon.get();
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:、|和|及|与|以及|/)\\s*");
    private static final Pattern ORG_TAIL = Pattern.compile(
            "^[^，,。；;：:“”《》]{0,24}?(?:大学|学院|研究院|研究所|科学院|工程院|实验室|中心|公司|集团|医院|学部|部|局|处|司|系|所|院|组|学校|校区|委员会|学会|社)"
                    + "(?:[（(][^）)]{1,12}[）)])?(?:的)?$");
    /** What may stand between a cue and the first name of its list. */
    private static final Pattern LEAD_IN = Pattern.compile("^\\s*(?:还包括|还有|分别为|分别是|依次为|包括|为|是|由|有)?\\s*[：:]?\\s*");

    private NameList() {
    }

    /** The names of the list that starts right after {@code from} (after lead-in words, an affiliation, a role). */
    static List<String> startingAt(ItemText.Sentence s, int from) {
        List<MentionReader.Located> names = s.names();
        String text = s.text();
        for (int i = 0; i < names.size(); i++) {
            MentionReader.Located n = names.get(i);
            if (n.start() < from) {
                continue;
            }
            String gap = text.substring(from, n.start());
            Matcher lead = LEAD_IN.matcher(gap);
            String rest = stripRoles(lead.lookingAt() ? gap.substring(lead.end()) : gap);
            if (!rest.isEmpty() && !ORG_TAIL.matcher(rest).matches()) {
                return List.of();
            }
            return forward(s, i);
        }
        return List.of();
    }

    /**
     * The names of the list whose last name, with only role words after it, ends at {@code to}; empty when no
     * name ends there.
     */
    static List<String> endingAt(ItemText.Sentence s, int to) {
        List<MentionReader.Located> names = s.names();
        for (int i = names.size() - 1; i >= 0; i--) {
            MentionReader.Located n = names.get(i);
            if (n.end() > to) {
                continue;
            }
            if (!stripRoles(s.text().substring(n.end(), to)).matches("(?:等人|等)?")) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            out.add(n.name());
            for (int j = i - 1; j >= 0 && joins(s.text().substring(names.get(j).end(), names.get(j + 1).start())); j--) {
                out.add(0, names.get(j).name());
            }
            return out;
        }
        return List.of();
    }

    private static List<String> forward(ItemText.Sentence s, int first) {
        List<MentionReader.Located> names = s.names();
        List<String> out = new ArrayList<>();
        out.add(names.get(first).name());
        for (int j = first + 1; j < names.size() && joins(s.text().substring(names.get(j - 1).end(), names.get(j).start())); j++) {
            out.add(names.get(j).name());
        }
        return out.stream().distinct().toList();
    }

    /** Does the text between two names join them into one list (副教授、地学院 ; 院士和 ; 、)? */
    static boolean joins(String gap) {
        String g = stripRoles(gap);
        Matcher sep = SEPARATOR.matcher(g);
        if (!sep.lookingAt()) {
            return false;
        }
        String rest = stripRoles(g.substring(sep.end()));
        return rest.isEmpty() || ORG_TAIL.matcher(rest).matches();
    }

    /** The text with role words (教授, 院士 …) taken out, stripped. */
    static String stripRoles(String s) {
        return LEX.titlePattern().matcher(s).replaceAll("").strip();
    }
}
