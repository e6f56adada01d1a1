package kg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for a long ingest, or nothing: a bar is drawn only for a person at a
 * terminal, so that logs and pipes get no control characters. Lines for standard output wait until the bar is
 * done while it is drawn (the bar redraws over them), and go out at once when it is not.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter out;
    private final List<String> held = new ArrayList<>();

    private Progress(ProgressBar bar, PrintWriter out) {
        this.bar = bar;
        this.out = out;
    }

    /** A bar when it is wanted (not quiet, a terminal, more than one step), else one that draws nothing. */
    static Progress start(String task, int steps, boolean quiet, PrintWriter out) {
        boolean wanted = !quiet && steps > 1 && System.console() != null;
        return new Progress(wanted ? new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build() : null, out);
    }

    /** Prints a line to standard output now, or once the bar is done. */
    void println(String line) {
        if (bar == null) {
            out.println(line);
            out.flush();
        } else {
            held.add(line);
        }
    }

    void step(String what) {
        if (bar != null) {
            bar.setExtraMessage(what);
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            held.forEach(out::println);
            out.flush();
        }
    }
}
