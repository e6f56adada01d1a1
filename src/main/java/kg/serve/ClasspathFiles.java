package kg.serve;

import java.net.URL;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * Serves the files under one classpath folder (inside the jar, or under target/classes in development) with
 * Jetty's static-file handling: content types, caching headers, no directory listings, no way out of the
 * folder. Mount it as {@code /prefix/*}; the request's path info names the file.
 */
final class ClasspathFiles extends ResourceServlet {
    private final Map<String, String> settings;

    ClasspathFiles(String folder) {
        URL url = ClasspathFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no folder " + folder + " on the classpath");
        }
        // ResourceServlet reads its settings as init parameters; a servlet added as an instance has none of its own.
        this.settings = Map.of("baseResource", url.toExternalForm(), "dirAllowed", "false", "etags", "true",
                "cacheControl", "max-age=3600");
    }

    @Override
    public String getInitParameter(String name) {
        return settings.getOrDefault(name, super.getInitParameter(name));
    }
}
