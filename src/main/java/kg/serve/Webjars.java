package kg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where a WebJar from Maven Central keeps its files, so that pages can name them without a version. */
final class Webjars {
    private Webjars() {
    }

    /** The classpath folder of npm WebJar {@code name}, e.g. {@code META-INF/resources/webjars/cytoscape/3.33.1}. */
    static String folder(String name) {
        String props = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = Webjars.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + name + " is not on the classpath (" + props + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/" + name + "/" + p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
