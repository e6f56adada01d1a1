package kg.extract;

import java.util.List;

/**
 * How long HanLP takes to load, for the README: run in a fresh JVM with
 * {@code java -cp target/kg.jar:target/test-classes kg.extract.TaggerLoadTime}. Prints the first sentence's
 * cost (which loads the dictionaries) and, as the reference in the same process, the cost of one sentence once
 * loaded.
 */
public final class TaggerLoadTime {
    private TaggerLoadTime() {
    }

    public static void main(String[] args) {
        String sentence = "清华大学地学系 2020 级博士生汪蕊为论文第一作者，蔡闻佳教授为论文通讯作者。";
        long t0 = System.nanoTime();
        Tagger tagger = new Tagger();
        List<Tagger.Token> first = tagger.tag(sentence);
        long t1 = System.nanoTime();
        int n = 500;
        for (int i = 0; i < n; i++) {
            tagger.tag(sentence);
        }
        long t2 = System.nanoTime();
        double load = (t1 - t0) / 1e6;
        double each = (t2 - t1) / 1e6 / n;
        System.out.printf("HanLP load + first sentence: %.0f ms (%d tokens); then %.3f ms per sentence; load = %.0f× one sentence%n",
                load, first.size(), each, load / each);
    }
}
