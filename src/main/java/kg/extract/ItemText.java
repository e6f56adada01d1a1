package kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kg.segment.Item;

/** An item cut into sentences, each with the known names located in it; what every extractor reads. */
final class ItemText {
    /** A sentence of the body, the paragraph it stands in, and the names in it. */
    record Sentence(String text, int paragraph, boolean opensParagraph, List<MentionReader.Located> names) {
        List<String> namesBetween(int from, int to) {
            return names.stream().filter(n -> n.start() >= from && n.end() <= to).map(MentionReader.Located::name).toList();
        }
    }

    final Item item;
    final Sentence title;
    final List<Sentence> sentences;

    ItemText(Item item, Set<String> names, MentionReader reader) {
        this.item = item;
        this.title = new Sentence(item.title(), -1, true, reader.locate(item.title(), names));
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < item.paragraphs().size(); p++) {
            boolean first = true;
            for (String s : Sentences.of(item.paragraphs().get(p))) {
                out.add(new Sentence(s, p, first, reader.locate(s, names)));
                first = false;
            }
        }
        this.sentences = List.copyOf(out);
    }

    /** The title, then the body's sentences: where awards are read, a title as much as the text. */
    List<Sentence> titleAndSentences() {
        List<Sentence> all = new ArrayList<>(sentences.size() + 1);
        all.add(title);
        all.addAll(sentences);
        return all;
    }

    Evidence evidence(Sentence s) {
        return new Evidence(item.id(), s.text());
    }

    String text() {
        return item.text();
    }
}
