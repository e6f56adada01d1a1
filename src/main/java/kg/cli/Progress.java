package kg.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for a long ingest, or nothing: a bar is drawn only for a person at a
 * terminal, so that logs and pipes get no control characters.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar when it is wanted (not quiet, a terminal, more than one step), else one that draws nothing. */
    static Progress start(String task, int steps, boolean quiet) {
        boolean wanted = !quiet && steps > 1 && System.console() != null;
        return new Progress(wanted ? new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build() : null);
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
        }
    }
}
