package kg.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit whose document it is: whoever belongs to it is internal. Read by {@link UnitReader} from the
 * document's own words (the department for its newsletter; for a web article the unit its title, byline or
 * self-references 我院 / 我所 / 我校 … name).
 *
 * @param name       the unit as the text names it most fully (海岳大学海洋科学学院), or null when the text only
 *                   refers to it (我所) or not at all
 * @param kind       what kind of unit it is, as its self-reference writes it (校, 院, 所, 系, 实验室, 中心, 局), or null
 * @param department the department's own document: membership follows the department's names (departments.txt)
 * @param parent     the unit it is part of, as the text writes it (the university of a college, the institute that
 *                   hosts a laboratory), or null
 * @param selfRefs   what each self-reference kind stands for in this document (校 → 海岳大学)
 */
public record PublishingUnit(String name, String kind, boolean department, String parent, Map<String, String> selfRefs) {
    /** Markers of an organisation that stands on its own: an org without any is a part of the unit's institution. */
    private static final Pattern INSTITUTION = Pattern.compile(
            "大学|学校|科学院|中科院|工程院|研究院|研究所|委员会|基金委|部|局|厅|公司|集团|医院|中国|国家|省|市|县|区|[A-Za-z]{2,}");
    static final Pattern SELF_REF = Pattern.compile("^(?:我|本)(实验室|中心|校|院|所|系|室|局)");
    /** Heads of a unit of each kind: a person the text gives one of these without an affiliation leads the unit. */
    private static final Map<String, Set<String>> HEADS = Map.of(
            "校", Set.of("校长", "副校长"),
            "院", Set.of("院长", "副院长"),
            "所", Set.of("所长", "副所长"),
            "系", Set.of("系主任", "副系主任"),
            "实验室", Set.of("主任", "副主任"),
            "中心", Set.of("主任", "副主任"),
            "局", Set.of("局长", "副局长"));

    public PublishingUnit {
        selfRefs = Map.copyOf(selfRefs);
    }

    /** The department's own document. */
    public static PublishingUnit ofDepartment() {
        return new PublishingUnit(null, "系", true, null, Map.of());
    }

    /** A document whose unit its words do not show. */
    public static PublishingUnit unknown() {
        return new PublishingUnit(null, null, false, null, Map.of());
    }

    public boolean known() {
        return department || name != null || kind != null;
    }

    /**
     * Whether an affiliation as printed places its person in the unit: TRUE when it is the unit, a part of it or
     * the unit's own parent; FALSE when it is somewhere else; null when the unit is unknown.
     */
    public Boolean places(String org) {
        if (org == null) {
            return null;
        }
        String o = normal(org);
        Matcher self = SELF_REF.matcher(o);
        if (!known()) {
            // a text that never shows its unit: its self-references, and a part named without its institution
            // (理学院), place people in it; a named institution is elsewhere
            return self.find() && self.end() == o.length() || !INSTITUTION.matcher(o).find();
        }
        if (self.find()) {
            String refersTo = selfRefs.get(self.group(1));
            String rest = o.substring(self.end());
            if (refersTo == null) {
                // 我所 in a text that never names its institute: the unit itself when of its kind
                return self.group(1).equals(kind) && (rest.isEmpty() || name == null);
            }
            o = normal(refersTo) + rest;
        }
        if (name == null) {
            return Boolean.FALSE;
        }
        String u = normal(name);
        if (partOf(o, u)) {
            return Boolean.TRUE;
        }
        if (parent != null && o.equals(normal(parent))) {
            return Boolean.TRUE;
        }
        // 工程学院, 科教处: a part named without its institution is a part of the publisher's institution, which
        // is the unit itself only when the unit is a whole institution (a college's sibling college is not)
        return topLevel() && !INSTITUTION.matcher(o).find();
    }

    /** A university or institute of its own, not a college, department or laboratory of one. */
    boolean topLevel() {
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case "校", "所", "局" -> true;
            case "院" -> name == null || !normal(name).matches(".*(?:大学|学校).+");
            default -> false;
        };
    }

    /** An affiliation with its self-reference spelt out (我校化学学院 → 海岳大学化学学院), where the text names it; a part named bare, with its institution. */
    public String expand(String org) {
        Matcher self = SELF_REF.matcher(org.strip());
        if (!self.find()) {
            // 工程学院 in a university's news: that university's
            return name != null && topLevel() && !INSTITUTION.matcher(normal(org)).find() ? name + org.strip() : org;
        }
        String refersTo = selfRefs.getOrDefault(self.group(1), self.group(1).equals(kind) ? name : null);
        return refersTo == null ? org : refersTo + org.strip().substring(self.end());
    }

    /** A role that heads a unit of this kind (所长 for an institute), given without an affiliation. */
    public boolean headedBy(List<String> titles) {
        Set<String> heads = kind == null ? Set.of() : HEADS.getOrDefault(kind, Set.of());
        return titles.stream().anyMatch(t -> heads.contains(t) || kind != null && ENGLISH_HEAD.matcher(t).matches());
    }

    /** An English article's head of its unit (President, Director-General, Dean). */
    private static final Pattern ENGLISH_HEAD = Pattern.compile(
            "(?i)(?:vice[- ])?(?:president|director(?:-general)?|dean|deputy director)");

    /** {@code o} is {@code u} or a part of it: some leading part of {@code o} names {@code u}, fully or abbreviated. */
    static boolean partOf(String o, String u) {
        if (o.contains(u)) {
            return true;
        }
        for (int end = o.length(); end >= 2; end--) {
            if (abbreviates(o.substring(0, end), u)) {
                return true;
            }
        }
        return false;
    }

    /** 冰冻所 for 中国科学院冰川冻土研究所, 水文院 for …水文与水资源工程学院: same institution, the core's characters in order. */
    static boolean abbreviates(String a, String b) {
        String ca = core(a);
        String cb = core(b);
        if (ca.length() < 2 || cb.length() < 2 || ca.charAt(0) != cb.charAt(0)
                || ca.charAt(ca.length() - 1) != cb.charAt(cb.length() - 1)) {
            return false;
        }
        String shorter = ca.length() <= cb.length() ? ca : cb;
        String longer = shorter == ca ? cb : ca;
        if (!shorter.equals(longer) && shorter.length() >= 2
                && longer.endsWith(shorter.substring(shorter.length() - 2))) {
            // 海岳大学 does not abbreviate 海岳信息工程大学: an abbreviation shortens the kind word too (冰冻所, 水文院)
            return false;
        }
        String pa = a.substring(0, a.length() - ca.length());
        String pb = b.substring(0, b.length() - cb.length());
        if (!pa.isEmpty() && !pb.isEmpty() && !pa.equals(pb)) {
            return false;
        }
        return subsequence(ca, cb) || subsequence(cb, ca);
    }

    private static final Pattern PREFIX = Pattern.compile("^(?:中国科学院|中国|国家|\\p{IsHan}{2,8}?大学(?:\\([^)]*\\))?)");

    private static String core(String s) {
        Matcher p = PREFIX.matcher(s);
        return p.find() && p.end() < s.length() ? s.substring(p.end()) : s;
    }

    private static boolean subsequence(String shorter, String longer) {
        int i = 0;
        for (int k = 0; k < longer.length() && i < shorter.length(); k++) {
            if (longer.charAt(k) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    static String normal(String s) {
        return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').replace("中科院", "中国科学院");
    }
}
