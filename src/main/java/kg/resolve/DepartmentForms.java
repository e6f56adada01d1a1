package kg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.extract.Lexicon;

/**
 * The forms of the department and of the institution it belongs to: 地学系, 清华大学地球系统科学系, "Department
 * of Earth System Science (DESS), Tsinghua University" are all the department; 地学系某某实验室 is a part of it.
 * The department's names come from the lexicon ({@code kg/extract/departments.txt}); its parent's from
 * {@code kg/resolve/department-parent.txt}.
 */
final class DepartmentForms {
    /** What is left of an English form once the names are taken out: the words that join them. */
    private static final Pattern JOINING = Pattern.compile("(?i)\\b(?:the|of|at|in|and)\\b|[\\s\\p{P}]");
    private final Lexicon lex;
    private final List<String> names;
    private final List<String> parentForms;
    private final String parentName;

    DepartmentForms(Lexicon lex) {
        this.lex = lex;
        this.names = byLengthDown(lex.departmentNames());
        List<String> parent = lines("/kg/resolve/department-parent.txt");
        this.parentForms = byLengthDown(parent);
        this.parentName = parent.get(0);
    }

    String name() {
        return lex.departmentName();
    }

    /** The institution the department belongs to (清华大学). */
    String parentName() {
        return parentName;
    }

    /** A form of the department itself: its names, with nothing else than its parent's name and joining words. */
    boolean isDepartment(String canonical) {
        return lex.isDepartment(canonical) && JOINING.matcher(without(without(canonical, names), parentForms))
                .replaceAll("").isEmpty();
    }

    boolean isParent(String canonical) {
        return parentForms.stream().anyMatch(p -> p.equalsIgnoreCase(canonical));
    }

    /**
     * The part of its own of a unit of the department (某某实验室 of 地学系某某实验室, 清华大学地学系某某实验室), or null
     * when the name is not one: a Chinese name of the department, only its parent's name before it, and a word
     * after it that is not the name going on (地学系统 is no 地学系).
     */
    String unitOfDepartment(String canonical) {
        for (String n : names) {
            int at = canonical.indexOf(n);
            int end = at + n.length();
            if (at < 0 || end >= canonical.length() || !Character.isIdeographic(canonical.codePointAt(end))
                    || "统列".indexOf(canonical.charAt(end)) >= 0) {
                continue;
            }
            String before = canonical.substring(0, at);
            if (before.isEmpty() || isParent(before)) {
                return canonical.substring(end);
            }
        }
        return null;
    }

    private static String without(String s, List<String> forms) {
        String out = s;
        for (String f : forms) {
            out = Pattern.compile(Pattern.quote(f), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out)
                    .replaceAll(Matcher.quoteReplacement(" "));
        }
        return out;
    }

    private static List<String> byLengthDown(List<String> forms) {
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static List<String> lines(String path) {
        try (InputStream in = DepartmentForms.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
