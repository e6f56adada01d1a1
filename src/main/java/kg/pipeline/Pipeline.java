package kg.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
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
import kg.store.KgStore;

/** Wires the stages: read → normalise → segment → extract → resolve → map → validate and load. */
public final class Pipeline {
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
    public IngestReport ingest(Path file, KgStore store) {
        ResolvedDocument doc = resolve(file);
        IssueGraph graph = graph(doc);
        long triples = store.replace(graph);
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
