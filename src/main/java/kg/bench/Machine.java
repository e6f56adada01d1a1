package kg.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine a run measured: cores, memory, the JVM and the heap it was given. */
public record Machine(int cores, long memoryBytes, String os, String java, long maxHeapBytes) {

    static Machine describe() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory());
    }

    /** One line for a report: cores, memory, system, JVM, heap. */
    String summary() {
        return String.format(Locale.ROOT, "%d cores, %.1f GB memory, %s, %s, max heap %.0f MB", cores,
                memoryBytes / 1048576.0 / 1024, os, java, maxHeapBytes / 1048576.0);
    }
}
