package kg.extract;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The genre's vocabulary: surnames, the role words that stand beside names, the department's own names
 * and how Chinese newsletters print journal names. Read once from {@code kg/extract/*} on the classpath.
 */
public final class Lexicon {
    private static final Lexicon DEFAULT = load();

    private final Set<String> surnames;
    private final Set<String> commonSurnames;
    private final Map<String, String> titles;
    private final Pattern titlePattern;
    private final List<String> departments;
    private final Map<String, String> venues;

    private Lexicon(Set<String> surnames, Set<String> commonSurnames, Map<String, String> titles,
                    List<String> departments, Map<String, String> venues) {
        this.surnames = surnames;
        this.commonSurnames = commonSurnames;
        this.titles = titles;
        this.departments = departments;
        this.venues = venues;
        this.titlePattern = Pattern.compile(titles.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    public static Lexicon get() {
        return DEFAULT;
    }

    /** Length of the surname the name starts with (2 for 欧阳…), or 0 when it starts with none. */
    public int surnameLength(String name) {
        if (name.length() >= 3 && surnames.contains(name.substring(0, 2))) {
            return 2;
        }
        return !name.isEmpty() && surnames.contains(name.substring(0, 1)) ? 1 : 0;
    }

    /** Every surname the list knows. */
    Set<String> surnames() {
        return surnames;
    }

    public boolean isCommonSurname(char c) {
        return commonSurnames.contains(String.valueOf(c));
    }

    /** Matches any role word; alternatives are tried longest first. */
    public Pattern titlePattern() {
        return titlePattern;
    }

    public String canonicalTitle(String word) {
        return titles.getOrDefault(word, word);
    }

    public boolean isDepartment(String org) {
        // an English name of the department matches in any case (the department of Earth …)
        return org != null && departments.stream().anyMatch(d -> org.contains(d)
                || d.chars().allMatch(c -> c < 0x250) && org.toLowerCase().contains(d.toLowerCase()));
    }

    /** The department's own name (the first of departments.txt): the unit of its newsletter. */
    public String departmentName() {
        return departments.get(0);
    }

    /** Every name of the department, its own first (the resolve stage makes them one organisation). */
    public List<String> departmentNames() {
        return departments;
    }

    /** The text names the department itself (地球系统科学系), not only by a self-reference (我系) any department uses. */
    public boolean namesDepartment(String text) {
        return text != null && departments.stream().filter(d -> !d.matches("^[我本].*")).anyMatch(text::contains);
    }

    /** The journal's usual name for a name printed inside 《》, or null when it is not known. */
    public String venue(String printed) {
        String key = printed.replaceAll("[·•・‧∙]", "-").replaceAll("\\s+", "").replace(':', '：');
        return venues.get(key);
    }

    private static Lexicon load() {
        List<String> surnameLines = lines("surnames.txt", false);
        Set<String> all = new HashSet<>();
        Set<String> common = new HashSet<>();
        boolean inCommon = true;
        for (String l : surnameLines) {
            if (l.isBlank()) {
                inCommon = false;
                continue;
            }
            // a name printed in traditional characters (陳明 in a Hong Kong scholar's own form) has a surname too
            for (String form : List.of(l.strip(), HanLP.convertToTraditionalChinese(l.strip()))) {
                all.add(form);
                if (inCommon) {
                    common.add(form);
                }
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String l : lines("titles.txt", true)) {
            String[] cols = l.split("\t");
            titles.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : cols[0].strip());
        }
        List<String> departments = lines("departments.txt", true).stream().map(String::strip).toList();
        Map<String, String> venues = new LinkedHashMap<>();
        for (String l : lines("venues.tsv", true)) {
            String[] cols = l.split("\t");
            venues.put(cols[0].strip(), cols[1].strip());
        }
        return new Lexicon(all, common, titles, departments, venues);
    }

    private static List<String> lines(String name, boolean skipBlank) {
        String path = "/kg/extract/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    if (l.startsWith("#") || skipBlank && l.isBlank()) {
                        continue;
                    }
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
