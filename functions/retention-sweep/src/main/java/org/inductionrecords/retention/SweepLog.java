package org.inductionrecords.retention;

import java.util.List;
import org.inductionrecords.core.retention.RetentionSweep;
import org.inductionrecords.core.retention.SweepReport;
import org.inductionrecords.json.LogLine;

/** The run's one log line: counts and induction ids, never a name, email or date of birth. */
final class SweepLog {

    /** Enough ids to follow up a run; the audit trail has every reduction in any case. */
    static final int MAX_IDS = 1000;

    private SweepLog() {
    }

    static void write(RetentionSweep.Run run) {
        line(run).write();
    }

    static LogLine line(RetentionSweep.Run run) {
        SweepReport report = run.report();
        return LogLine.info("retention sweep report")
                .with("asOf", report.asOf().toString())
                .with("due", report.due())
                .with("reduced", report.reduced())
                .with("skippedLegalHold", report.skippedLegalHold())
                .with("dryRun", report.dryRun())
                .with("complete", report.complete())
                .with("reducedIds", first(run.reducedIds()))
                .with("heldIds", first(run.heldIds()))
                .with("idsTruncated", run.reducedIds().size() > MAX_IDS || run.heldIds().size() > MAX_IDS);
    }

    private static List<String> first(List<String> ids) {
        return ids.size() > MAX_IDS ? ids.subList(0, MAX_IDS) : ids;
    }
}
