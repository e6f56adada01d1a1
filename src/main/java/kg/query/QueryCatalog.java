package kg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The canned queries: every {@code queries/*.rq} the build put on the classpath under {@code kg/queries}.
 *
 * <p>Header grammar, comment lines at the top of the file:
 * <pre>
 * # title: one line
 * # description: what it answers (may repeat to continue)
 * # param: NAME TYPE what it means        (TYPE: string, iri, date, integer, boolean)
 * # returns: col1, col2, …
 * </pre>
 */
public final class QueryCatalog {
    private static final String DIR = "kg/queries";
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param|returns|cost):\\s*(.*)$");

    private final Map<String, CannedQuery> queries;

    private QueryCatalog(Map<String, CannedQuery> queries) {
        this.queries = queries;
    }

    public static QueryCatalog load() {
        return load(List.of());
    }

    /**
     * The built-in queries and the {@code .rq} files of these directories (queries not built into the jar yet);
     * a directory's query replaces a built-in one of the same name.
     */
    public static QueryCatalog load(List<Path> extraDirs) {
        Map<String, CannedQuery> out = new TreeMap<>();
        URL dir = QueryCatalog.class.getClassLoader().getResource(DIR);
        if (dir == null) {
            throw new IllegalStateException("no canned queries on the classpath (" + DIR + ")");
        }
        try {
            URI uri = dir.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    readAll(fs.getPath(DIR), out);
                }
            } else {
                readAll(Path.of(uri), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Path d : extraDirs) {
            if (!Files.isDirectory(d)) {
                throw new IllegalArgumentException(d + ": not a directory of canned queries");
            }
            try {
                readAll(d, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new QueryCatalog(out);
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            // already open elsewhere: open our own view on the same jar
            return FileSystems.newFileSystem(Path.of(URI.create(uri.toString().replaceFirst("^jar:", "").replaceFirst("!.*$", ""))));
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static void readAll(Path dir, Map<String, CannedQuery> out) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                out.put(name, parse(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
    }

    static CannedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<CannedQuery.Parameter> params = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean light = false;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "description" -> description.append(description.length() > 0 ? " " : "").append(value);
                case "param" -> {
                    String[] parts = value.split("\\s+", 3);
                    params.add(new CannedQuery.Parameter(parts[0], parts.length > 1 ? parts[1] : "string",
                            parts.length > 2 ? parts[2] : ""));
                }
                case "returns" -> columns.addAll(Arrays.stream(value.split(",")).map(String::strip).toList());
                case "cost" -> light = value.equals("light");
                default -> {
                }
            }
        }
        return new CannedQuery(name, title, description.toString(), params, columns, light, text);
    }

    /**
     * The text of a query in a folder of {@code queries/} ({@code linked-data/describe.rq}): one the server runs
     * itself, such as a CONSTRUCT, which is no canned query and so is not listed.
     */
    public static String text(String path) {
        try (var in = QueryCatalog.class.getClassLoader().getResourceAsStream(DIR + "/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no query " + DIR + "/" + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<CannedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }
}
