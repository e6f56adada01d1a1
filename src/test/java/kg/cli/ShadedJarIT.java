package kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kg.testkit.Jar;
import org.junit.jupiter.api.Test;

/**
 * The jar as a build after another leaves it ({@code mvn package}, then {@code mvn verify}): shade must start from
 * the project's own jar, kept as {@code original-kg.jar}, which holds kg's classes only. When the jar plugin found
 * the last build's shaded {@code kg.jar} up to date and kept it, shade merged that with every dependency again and
 * warned once for each of its classes.
 */
class ShadedJarIT {
    @Test
    void shadeStartsFromTheProjectsOwnJar() throws IOException {
        Path original = Jar.path().resolveSibling("original-kg.jar");
        try (ZipFile jar = new ZipFile(original.toFile())) {
            List<String> foreign = jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.startsWith("kg/")).limit(3).toList();
            assertEquals(List.of(), foreign, original + " holds kg's classes only");
        }
        try (ZipFile jar = new ZipFile(Jar.path().toFile())) {
            assertNotNull(jar.getEntry("kg/cli/Main.class"));
            assertNotNull(jar.getEntry("org/apache/jena/query/Query.class"), "the shaded jar holds the dependencies");
        }
    }
}
