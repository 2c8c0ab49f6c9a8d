package org.inductionrecords.core.retention;

import java.time.LocalDate;

/**
 * The answer and log line of one run (counts only). {@code due} counts the due inductions looked at
 * (reduced, would be reduced in a dry run, or held); {@code complete} is false when the run stopped
 * for its time budget and left the rest of the index to the next run.
 */
public record SweepReport(LocalDate asOf, int due, int reduced, int skippedLegalHold, boolean dryRun,
                          boolean complete) {
}
