package org.inductionrecords.restore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.inductionrecords.store.backup.BackupLayout;
import org.inductionrecords.store.backup.BackupSite;

/** {@code {"backupId", "site": "primary"|"secondary", "targetTable", "dryRun"?}} (contract section 4). */
public record RestoreRequest(String backupId, BackupSite site, String targetTable, boolean dryRun) {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    static RestoreRequest parse(JsonNode event) {
        List<String> problems = new ArrayList<>();
        String backupId = text(event, "backupId");
        if (!BackupLayout.isBackupId(backupId)) {
            problems.add("backupId must be a backup's UTC instant, YYYYMMDDTHHMMSSZ");
        }
        String siteId = text(event, "site");
        BackupSite site = BackupSite.byId(siteId).orElse(null);
        if (site == null) {
            problems.add("site must be \"primary\" or \"secondary\"");
        }
        String targetTable = text(event, "targetTable");
        if (targetTable == null || !TABLE_NAME.matcher(targetTable).matches()) {
            problems.add("targetTable must be a DynamoDB table name");
        }
        JsonNode dryRun = event == null ? null : event.get("dryRun");
        if (dryRun != null && !dryRun.isNull() && !dryRun.isBoolean()) {
            problems.add("dryRun must be true or false");
        }
        if (!problems.isEmpty()) {
            throw new RestoreRefused("Invalid restore request: " + String.join("; ", problems));
        }
        return new RestoreRequest(backupId, site, targetTable, dryRun != null && dryRun.asBoolean(false));
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event == null ? null : event.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
