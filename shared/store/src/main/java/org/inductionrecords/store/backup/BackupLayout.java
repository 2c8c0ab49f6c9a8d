package org.inductionrecords.store.backup;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a backup lives in a site's bucket (contract section 4):
 * {@code backups/YYYY/MM/DD/<backupId>/} with the data files and {@code manifest.json}, written last.
 * The backupId is the backup's UTC instant as {@code YYYYMMDDTHHMMSSZ}.
 */
public final class BackupLayout {

    public static final String ROOT = "backups/";
    public static final String MANIFEST = "manifest.json";

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern ID_PATTERN = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern PREFIX = Pattern.compile("^backups/(\\d{4})/(\\d{2})/(\\d{2})/(\\d{8}T\\d{6}Z)/");

    private BackupLayout() {
    }

    /** The backupId of the instant, to the second. */
    public static String backupId(Instant instant) {
        return ID.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public static boolean isBackupId(String candidate) {
        return candidate != null && ID_PATTERN.matcher(candidate).matches() && dateOf(candidate).isPresent();
    }

    /** The UTC date a backupId belongs to, if it is one. */
    public static Optional<LocalDate> dateOf(String backupId) {
        if (backupId == null || !ID_PATTERN.matcher(backupId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(ID.parse(backupId)).atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code backups/YYYY/MM/DD/<backupId>/}; the id must be valid. */
    public static String prefix(String backupId) {
        LocalDate date = dateOf(backupId)
                .orElseThrow(() -> new IllegalArgumentException("Not a backupId: " + backupId));
        return "%s%04d/%02d/%02d/%s/".formatted(ROOT, date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                backupId);
    }

    public static String manifestKey(String backupId) {
        return prefix(backupId) + MANIFEST;
    }

    /** One gzip-compressed JSON Lines file per scan segment. */
    public static String dataFileKey(String backupId, int segment) {
        return prefix(backupId) + "data-%02d.jsonl.gz".formatted(segment);
    }

    /**
     * The backup an object key belongs to, judged by the key alone: the date in the path (which is what
     * pruning goes by) and the id. Empty for any key that does not follow the layout exactly, so that
     * nothing we did not write is ever taken for a backup.
     */
    public static Optional<BackupRef> backupOf(String key) {
        Matcher matcher = PREFIX.matcher(key);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return Optional.of(new BackupRef(date, matcher.group(4), matcher.group(0)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A backup as found under a bucket: the date of its key path, its id and its key prefix. */
    public record BackupRef(LocalDate date, String backupId, String prefix) {
    }
}
