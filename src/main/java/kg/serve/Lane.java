package kg.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded number of requests of one kind running at once, with a bounded queue in front: a request waits at
 * most {@code wait} for a place, and none waits when the queue is full.
 */
final class Lane {
    private final String name;
    private final Semaphore running;
    private final int places;
    private final int queue;
    private final Duration wait;
    private final AtomicInteger waiting = new AtomicInteger();

    Lane(String name, int running, int queue, Duration wait) {
        this.name = name;
        this.running = new Semaphore(running, true);
        this.places = running;
        this.queue = queue;
        this.wait = wait;
    }

    /** Takes a place, or says no at once (queue full) or after the wait. */
    boolean enter() throws InterruptedException {
        if (running.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    void leave() {
        running.release();
    }

    /** Requests it may hold at once, running or queued. */
    int capacity() {
        return places + queue;
    }

    String name() {
        return name;
    }
}
