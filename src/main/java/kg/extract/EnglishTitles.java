package kg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * English role words (Associate Professor, Dr., deputy director …) and the title each counts as, from
 * {@code kg/extract/titles-en.txt}: the titles a graph stores are the Chinese ones, so that 教授 and
 * Professor are one title.
 */
final class EnglishTitles {
    private static final EnglishTitles DEFAULT = load();

    private final Map<String, String> canonical;
    private final Pattern pattern;

    private EnglishTitles(Map<String, String> canonical) {
        this.canonical = canonical;
        this.pattern = Pattern.compile("(?<![\\p{L}])(?:" + canonical.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(k -> Pattern.quote(k) + (k.endsWith(".") ? "" : "(?![\\p{L}])"))
                .collect(Collectors.joining("|")) + ")", Pattern.CASE_INSENSITIVE);
    }

    static EnglishTitles get() {
        return DEFAULT;
    }

    /** Matches any English role word, longest first, in any case. */
    Pattern pattern() {
        return pattern;
    }

    /** The title a role word counts as ('-' for one that is no title), or null when it is none. */
    String canonical(String word) {
        return canonical.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The titles a phrase names (the party secretary of … and deputy director of …), in order. */
    List<String> in(String phrase) {
        Matcher m = pattern.matcher(phrase);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            String c = canonical(m.group());
            if (c != null && !c.equals("-")) {
                out.add(c);
            }
        }
        return out;
    }

    private static EnglishTitles load() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = EnglishTitles.class.getResourceAsStream("/kg/extract/titles-en.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /kg/extract/titles-en.txt");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    if (l.startsWith("#") || l.isBlank()) {
                        continue;
                    }
                    String[] cols = l.split("\t");
                    map.put(cols[0].strip().toLowerCase(Locale.ROOT), cols.length > 1 ? cols[1].strip() : cols[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EnglishTitles(map);
    }
}
