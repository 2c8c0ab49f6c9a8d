package org.inductionrecords.retention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.retention.RetentionSweep;
import org.inductionrecords.json.Json;

/** The run's one log line: counts and induction ids, never a name, email or date of birth. */
final class SweepLog {

    /** Enough ids to follow up a run; the audit trail has every reduction in any case. */
    static final int MAX_IDS = 1000;

    private SweepLog() {
    }

    static void write(RetentionSweep.Run run) {
        System.out.println(line(run));
    }

    static String line(RetentionSweep.Run run) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("message", "retention sweep report");
        line.put("report", run.report());
        line.put("reducedIds", first(run.reducedIds()));
        line.put("heldIds", first(run.heldIds()));
        line.put("idsTruncated", run.reducedIds().size() > MAX_IDS || run.heldIds().size() > MAX_IDS);
        return Json.write(line);
    }

    private static List<String> first(List<String> ids) {
        return ids.size() > MAX_IDS ? ids.subList(0, MAX_IDS) : ids;
    }
}
