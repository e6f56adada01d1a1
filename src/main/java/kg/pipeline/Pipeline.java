package kg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import kg.extract.ExtractedDocument;
import kg.extract.Extractor;
import kg.extract.ItemFacts;
import kg.normalize.Normalizer;
import kg.rdf.IssueGraph;
import kg.rdf.RdfMapper;
import kg.resolve.CuratedPeople;
import kg.resolve.ResolvedDocument;
import kg.resolve.Resolver;
import kg.segment.Segmenter;
import kg.source.SourceReader;
import kg.store.IssueStore;

/** Wires the stages: read → normalise → segment → extract → resolve → map → validate and load. */
public final class Pipeline {
    /** Issues read before a batch is written: one transaction (or one bulk load) per batch. */
    public static final int BATCH = 100;

    private final SourceReader reader = new SourceReader();
    private final Normalizer normalizer = new Normalizer();
    private final Segmenter segmenter = new Segmenter();
    private final Extractor extractor = new Extractor();
    private final Resolver resolver;
    private final RdfMapper mapper = new RdfMapper();

    public Pipeline(CuratedPeople curated) {
        this.resolver = new Resolver(curated);
    }

    /** A document's facts, up to and including entity resolution. */
    public ResolvedDocument resolve(Path file) {
        ExtractedDocument facts = extractor.extract(segmenter.segment(normalizer.normalize(reader.read(file))));
        return resolver.resolve(facts);
    }

    /** A document as its issue's graph, not yet validated. */
    public IssueGraph graph(ResolvedDocument doc) {
        return mapper.map(doc);
    }

    /** Reads a document and replaces its issue's graph in the store (validated, one transaction). */
    public IngestReport ingest(Path file, IssueStore store) {
        ResolvedDocument doc = resolve(file);
        return report(file, doc, store.replace(graph(doc)));
    }

    /**
     * Reads documents and replaces their issues' graphs, {@value #BATCH} issues per write; each batch's
     * reports go to {@code done} once it is written. A document that cannot be read or breaks a shape stops
     * the run before its batch is written: the batches before it stay, nothing of its own batch is written.
     */
    public void ingestAll(List<Path> files, IssueStore store, Consumer<IngestReport> done) {
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<ResolvedDocument> docs = new ArrayList<>();
            List<IssueGraph> graphs = new ArrayList<>();
            for (Path f : batch) {
                ResolvedDocument doc = resolve(f);
                docs.add(doc);
                graphs.add(graph(doc));
            }
            store.replaceAll(graphs);
            for (int i = 0; i < batch.size(); i++) {
                done.accept(report(batch.get(i), docs.get(i), graphs.get(i).graph().size()));
            }
        }
    }

    private static IngestReport report(Path file, ResolvedDocument doc, long triples) {
        Set<String> people = new HashSet<>();
        int works = 0;
        for (ItemFacts f : doc.facts().items()) {
            f.people().forEach(p -> people.add(p.name()));
            works += f.works().size();
        }
        return new IngestReport(file, doc.issueKey(), doc.facts().items().size(), people.size(), works, triples,
                doc.facts().warnings());
    }
}
