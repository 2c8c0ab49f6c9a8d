package org.inductionrecords.backup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.inductionrecords.json.LogLine;
import org.inductionrecords.store.backup.BackupFile;
import org.inductionrecords.store.backup.BackupSite;

/**
 * One site's part in one backup run. The first failure marks the site failed; from then on every writer of
 * that site aborts its upload and stops, while the other site carries on undisturbed.
 */
final class SiteRun {

    private final BackupSite site;
    private final String bucket;
    private final Optional<String> kmsKeyId;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final List<BackupFile> files = new ArrayList<>();

    SiteRun(BackupSite site, String bucket, Optional<String> kmsKeyId) {
        this.site = site;
        this.bucket = bucket;
        this.kmsKeyId = kmsKeyId;
    }

    /** The site's own KMS key, which every object written there is encrypted with. */
    Optional<String> kmsKeyId() {
        return kmsKeyId;
    }

    BackupSite site() {
        return site;
    }

    String bucket() {
        return bucket;
    }

    boolean failed() {
        return failure.get() != null;
    }

    void fail(RuntimeException cause) {
        if (failure.compareAndSet(null, cause)) {
            LogLine.error("backup site failed").with("site", site.id()).exception(cause).write();
        }
    }

    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure.get());
    }

    synchronized void add(BackupFile file) {
        files.add(file);
    }

    synchronized List<BackupFile> files() {
        return files.stream().sorted(Comparator.comparing(BackupFile::key)).toList();
    }
}
