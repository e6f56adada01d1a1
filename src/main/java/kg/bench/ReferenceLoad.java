package kg.bench;

/** What the reference loader did: quads loaded, in how long, and the size of the database it built. */
public record ReferenceLoad(String loader, long quads, long nanos, long bytes) {

    public double triplesPerSecond() {
        return quads / (nanos / 1e9);
    }
}
