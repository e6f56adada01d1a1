package kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kg.pipeline.IngestReport;
import kg.pipeline.Pipeline;
import kg.resolve.CuratedPeople;
import kg.source.InputException;
import kg.store.KgStore;
import kg.store.RemoteGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg ingest}: reads newsletter documents into the store, one issue graph each. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read newsletter documents (files, or directories of .txt files) into the store. "
                + "Re-ingesting an issue replaces its graph and nothing else.")
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--people", paramLabel = "FILE", defaultValue = "data/people.json",
            description = "Curated people file (default: ${DEFAULT-VALUE}; ignored when missing).")
    Path people;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Write each issue's named graph to this SPARQL 1.1 Graph Store Protocol endpoint (HTTP PUT, "
                    + "so re-ingesting replaces it) instead of the store; for Fuseki, the dataset's URL.")
    String endpoint;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or directories to ingest.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = expand(inputs);
        Pipeline pipeline = new Pipeline(CuratedPeople.read(people));
        List<IngestReport> reports = new ArrayList<>();
        Consumer<IngestReport> print = r -> {
            out.printf("%s → graph %s: %d items, %d people, %d works, %d triples%n",
                    r.file(), r.issueKey(), r.items(), r.people(), r.works(), r.triples());
            reports.add(r);
        };
        if (endpoint != null) {
            pipeline.ingestAll(files, new RemoteGraphStore(endpoint), print);
        } else {
            try (KgStore kg = KgStore.open(store.store)) {
                pipeline.ingestAll(files, kg, print);
            }
        }
        List<String> warnings = reports.stream().flatMap(r -> r.warnings().stream()).toList();
        warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        out.printf("ingested %d document(s): %d items, %d works, %d triples, %d warning(s) into %s%n",
                files.size(), reports.stream().mapToInt(IngestReport::items).sum(),
                reports.stream().mapToInt(IngestReport::works).sum(),
                reports.stream().mapToLong(IngestReport::triples).sum(), warnings.size(),
                endpoint != null ? endpoint : store.store);
        out.flush();
        return Main.OK;
    }

    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (!Files.exists(p)) {
                throw new InputException(p, "no such file or directory");
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new InputException(inputs.get(0), "holds no .txt documents");
        }
        return files;
    }
}
