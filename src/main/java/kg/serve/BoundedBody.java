package kg.serve;

import java.io.ByteArrayOutputStream;

/**
 * An answer held in memory before it is sent (so that a failure half-way still gets its own status), up to a
 * bound: beyond it the writing stops with {@link TooLarge}, and the request is refused instead of the heap filling.
 */
final class BoundedBody extends ByteArrayOutputStream {
    /** The answer grew past the bound. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("the answer is larger than " + (limit >> 20) + " MB; ask for less (parameters, or a SPARQL query with LIMIT)");
        }
    }

    private final long limit;

    BoundedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        check(1);
        super.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        check(len);
        super.write(b, off, len);
    }

    private void check(int more) {
        if ((long) count + more > limit) {
            throw new TooLarge(limit);
        }
    }
}
