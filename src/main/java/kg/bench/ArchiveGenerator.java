package kg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.extract.ItemFacts;
import kg.extract.ProjectFact;
import kg.extract.WorkFact;
import kg.resolve.ResolvedDocument;

/**
 * Makes issue {@code k} of a synthetic archive from one real issue, so that every issue is its own named
 * graph and the graph grows as a real archive would:
 * <ul>
 *   <li>every person gets a name from the {@link NamePool}, shifted by {@value #NAME_STEP} per issue, so
 *       consecutive issues share many people and the whole archive meets the pool's people again and again;</li>
 *   <li>links, DOIs and grant numbers get their last number shifted by {@code k}, and works and projects the issue knows
 *       only by title get the issue's tag in front of that title, so no work or project is shared by every issue;</li>
 *   <li>100 consecutive issues are one department's 25 years of four issues a year: dates move back one year
 *       every four issues and the header's number and serial follow; the next 100 are another department's
 *       series.</li>
 * </ul>
 * Only the text changes: the variant goes through the whole pipeline like any document.
 */
public final class ArchiveGenerator {
    static final int NAME_STEP = 37;
    static final int ISSUES_PER_SERIES = 100;
    private static final String[] DEPARTMENTS = {"地理系", "海洋系", "大气系", "生态系", "水文系", "地质系", "环境系", "遥感系", "气候系"};
    private static final String NUMERALS = "一二三四";
    private static final Pattern HEADER = Pattern.compile(
            "(\\d{4}\\s*年\\s*第\\s*)([一二三四五六七八九十\\d]+)(\\s*期\\s*《)([^》]+)(》)(?:(\\s*总\\s*第\\s*)(\\d+))?");
    private static final Pattern YEAR = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(?=\\s*(?:年|[-./]\\s*\\d{1,2}\\s*[-./]\\s*\\d))");
    private static final Pattern LINK = Pattern.compile(
            "https?://[\\w\\-./?%&=:#~+@,;!*']+|(?<![\\w.])10\\.\\d{4,9}/[^\\s?#）)，。]+");
    /** A grant number in parentheses, as the project extractor reads it: （2023YFC3000000）, （批准号：42275001）. */
    private static final Pattern GRANT = Pattern.compile(
            "([（(][^）)]{0,8}?)([A-Z]{0,4}\\d{4}[A-Z0-9\\-]{3,}|\\d{8})(\\s*[）)])");
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d{3,})(?!.*\\d{3,})");
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,3}");

    private final String text;
    private final NamePool pool;
    /** The base issue's names, grouped by length, in a fixed order: name → its index within its length. */
    private final Map<String, Integer> names = new TreeMap<>();
    private final Pattern namePattern;
    private final Pattern titlePattern;

    ArchiveGenerator(String text, Set<String> people, Set<String> titles, NamePool pool) {
        this.text = text;
        this.pool = pool;
        Map<Integer, Integer> perLength = new TreeMap<>();
        people.stream().filter(n -> HAN_NAME.matcher(n).matches()).sorted()
                .forEach(n -> names.put(n, perLength.merge(n.length(), 1, Integer::sum) - 1));
        if (names.values().stream().anyMatch(i -> i >= pool.size())) {
            throw new IllegalArgumentException("the name pool is smaller than the issue's cast");
        }
        this.namePattern = spread(names.keySet());
        this.titlePattern = spread(titles);
    }

    /**
     * A generator for variants of {@code text}, whose people and title-keyed works and projects are those
     * of {@code base}, the same text as the pipeline resolved it.
     */
    public static ArchiveGenerator of(String text, ResolvedDocument base, NamePool pool) {
        Set<String> titles = new LinkedHashSet<>();
        for (ItemFacts f : base.facts().items()) {
            for (WorkFact w : f.works()) {
                if (w.doi() == null && w.url() == null) {
                    addIfPresent(titles, w.title());
                    addIfPresent(titles, w.titleZh());
                }
            }
            for (ProjectFact p : f.projects()) {
                if (p.code() == null) {
                    addIfPresent(titles, p.title());
                }
            }
        }
        return new ArchiveGenerator(text, base.people().keySet(), titles, pool);
    }

    /** A generator with a pool of {@code poolSize} names of each length. */
    public static ArchiveGenerator of(String text, ResolvedDocument base, int poolSize) {
        return of(text, base, new NamePool(poolSize));
    }

    private static void addIfPresent(Set<String> titles, String t) {
        if (t != null && t.strip().length() >= 4) {
            titles.add(t.strip());
        }
    }

    /** The people the generator renames. */
    public Set<String> names() {
        return names.keySet();
    }

    /** The name {@code original} has in issue {@code k}. */
    public String rename(String original, int k) {
        Integer j = names.get(original);
        return j == null ? original : pool.name(original.length(), k * NAME_STEP + j);
    }

    /** The text of issue {@code k} (k ≥ 0). */
    public String issue(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("issue index must be 0 or more, not " + k);
        }
        String tag = "[" + k + "]";
        String t = replaceAll(titlePattern, text, m -> tag + m.group());
        t = replaceAll(namePattern, t, m -> respaced(m.group(), rename(m.group().replaceAll("\\s", ""), k)));
        t = replaceAll(LINK, t, m -> shiftLastNumber(m.group(), k));
        t = replaceAll(GRANT, t, m -> m.group(1) + shiftLastNumber(m.group(2), k) + m.group(3));
        int yearsBack = (k % ISSUES_PER_SERIES) / NUMERALS.length();
        t = replaceAll(YEAR, t, m -> String.valueOf(Integer.parseInt(m.group(1)) - yearsBack));
        return replaceAll(HEADER, t, m -> header(m, k));
    }

    /** The series (newsletter name) of issue {@code k}: the base series, or another department's. */
    static String series(String base, int k) {
        int department = k / ISSUES_PER_SERIES;
        if (department == 0) {
            return base;
        }
        int d = department - 1;
        String round = d < DEPARTMENTS.length ? "" : String.valueOf(d / DEPARTMENTS.length + 1);
        return DEPARTMENTS[d % DEPARTMENTS.length] + round + base;
    }

    private static String header(Matcher m, int k) {
        int within = k % ISSUES_PER_SERIES;
        String number = String.valueOf(NUMERALS.charAt(within % NUMERALS.length()));
        StringBuilder sb = new StringBuilder(m.group(1)).append(number).append(m.group(3))
                .append(series(m.group(4).strip(), k)).append(m.group(5));
        if (m.group(7) != null) {
            // the serial runs backwards with the years, and stays positive
            int serial = Math.max(1, Integer.parseInt(m.group(7)) + ISSUES_PER_SERIES - within);
            sb.append(m.group(6)).append(serial);
        }
        return sb.toString();
    }

    static String shiftLastNumber(String id, int k) {
        if (k == 0) {
            return id;
        }
        Matcher m = LAST_NUMBER.matcher(id);
        if (!m.find()) {
            return id + "-" + k;
        }
        String digits = m.group(1);
        int width = Math.min(digits.length(), 9);
        String head = digits.substring(0, digits.length() - width);
        long modulus = (long) Math.pow(10, width);
        long shifted = Math.floorMod(Long.parseLong(digits.substring(head.length())) + k, modulus);
        String padded = String.format("%0" + width + "d", shifted);
        return id.substring(0, m.start(1)) + head + padded + id.substring(m.end(1));
    }

    /** The new name with the old one's line breaks kept in place, so the page layout stays the same. */
    private static String respaced(String printed, String replacement) {
        StringBuilder sb = new StringBuilder();
        int r = 0;
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            sb.append(Character.isWhitespace(c) || r >= replacement.length() ? c : replacement.charAt(r++));
        }
        return sb.append(replacement.substring(r)).toString();
    }

    /** One pattern for all phrases, longest first, each allowing line breaks between its characters. */
    private static Pattern spread(Set<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> alternatives = new ArrayList<>();
        for (String p : sorted) {
            StringBuilder sb = new StringBuilder();
            p.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> {
                if (sb.length() > 0) {
                    sb.append("\\s*");
                }
                sb.append(Pattern.quote(new String(Character.toChars(cp))));
            });
            alternatives.add(sb.toString());
        }
        return alternatives.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(String.join("|", alternatives));
    }

    private static String replaceAll(Pattern p, String s, Function<Matcher, String> replacement) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder(s.length() + 256);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
