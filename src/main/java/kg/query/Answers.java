package kg.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * The whole answers of canned queries, each kept for the state of the store it was computed on, so that a list
 * asked for again (a page of it, its dump, the same network year) is read from memory, not evaluated again. An
 * archive changes a few times a year and is read all day; every write gives the store a new state, and an answer
 * of an older state is never given. What is kept is bounded in (estimated) bytes: the least recently used answers
 * go first, and an answer larger than the bound is never kept, only computed.
 */
public final class Answers {

    /** What a query was asked: its text and its parameters as bound terms. */
    record Key(String sparql, Map<String, Node> params) {
    }

    /** The store's state an answer holds for (a TDB2 store's storage and its data version). */
    record State(Object storage, long version) {
        boolean newerThan(State other) {
            return other == null || storage != other.storage || version > other.version;
        }
    }

    /** A whole answer: its columns and rows, with no tie to the store's transaction. */
    record Answer(List<Var> vars, List<Binding> rows, long bytes) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);
    private State newest;
    private long bytes;

    private record Kept(State state, CompletableFuture<Answer> answer) {
    }

    /** Answers of at most {@code maxBytes} in all. */
    public Answers(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the bound of kept answers must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** A quarter of the heap: the rest is for the queries that compute answers and for the server. */
    public static Answers forHeap() {
        return new Answers(Runtime.getRuntime().maxMemory() / 4);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Estimated bytes of what is kept now. */
    public synchronized long bytes() {
        return bytes;
    }

    /**
     * The answer to {@code key} in {@code state}: the kept one, the one another request is computing now, or
     * {@code compute}'s (kept when it fits); null when it is too large to keep, which the caller computes itself.
     */
    Answer get(Key key, State state, Supplier<Answer> compute) {
        CompletableFuture<Answer> mine;
        synchronized (this) {
            Kept k = kept.get(key);
            if (k != null && k.state.equals(state)) {
                return join(k.answer);
            }
            if (state.newerThan(newest)) {
                newest = state;
                kept.clear();
                bytes = 0;
            } else if (!state.equals(newest)) {
                // a read that began before the latest write: its answer is of a state nobody will ask for again
                return compute.get();
            }
            mine = new CompletableFuture<>();
            kept.put(key, new Kept(state, mine));
        }
        Answer a;
        try {
            a = compute.get();
        } catch (RuntimeException | Error e) {
            forget(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        mine.complete(a);
        synchronized (this) {
            Kept k = kept.get(key);
            if (k == null || k.answer != mine) {
                return a;
            }
            // one too large is remembered as such (null), so that it is not copied again only to be dropped
            if (a != null) {
                bytes += a.bytes;
                evict(key);
            }
        }
        return a;
    }

    private synchronized void forget(Key key, CompletableFuture<Answer> answer) {
        Kept k = kept.get(key);
        if (k != null && k.answer == answer) {
            kept.remove(key);
        }
    }

    /** Drops the least recently used answers (never the one just kept, which fits) until all fit. */
    private void evict(Key keep) {
        Iterator<Map.Entry<Key, Kept>> it = kept.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<Key, Kept> e = it.next();
            CompletableFuture<Answer> f = e.getValue().answer;
            if (!e.getKey().equals(keep) && f.isDone() && !f.isCompletedExceptionally()) {
                Answer a = f.join();
                bytes -= a == null ? 0 : a.bytes;
                it.remove();
            }
        }
    }

    private static Answer join(CompletableFuture<Answer> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Copies rows out of the store's transaction while they fit {@code maxBytes}; null when they do not, having
     * read no further than the bound.
     */
    Answer copy(List<Var> vars, Iterator<Binding> rows) {
        List<Binding> out = new ArrayList<>();
        long size = 0;
        while (rows.hasNext()) {
            Binding b = rows.next();
            BindingBuilder copy = Binding.builder();
            size += 32 + 8L * vars.size();
            for (Var v : vars) {
                Node n = b.get(v);
                if (n != null) {
                    copy.add(v, n);
                    size += bytes(n);
                }
            }
            if (size > maxBytes) {
                return null;
            }
            out.add(copy.build());
        }
        return new Answer(List.copyOf(vars), out, size);
    }

    /** A node's size in the heap, roughly: the object and its string's characters, two bytes each at worst. */
    private static long bytes(Node n) {
        String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : Objects.toString(n);
        return 48 + 2L * text.length();
    }
}
