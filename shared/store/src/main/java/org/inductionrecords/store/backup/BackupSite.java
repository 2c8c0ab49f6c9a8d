package org.inductionrecords.store.backup;

import java.util.Arrays;
import java.util.Optional;

/** The two backup sites and the environment variable naming each one's bucket. */
public enum BackupSite {
    PRIMARY("primary", "PRIMARY_BACKUP_BUCKET"),
    SECONDARY("secondary", "SECONDARY_BACKUP_BUCKET");

    private final String id;
    private final String bucketVariable;

    BackupSite(String id, String bucketVariable) {
        this.id = id;
        this.bucketVariable = bucketVariable;
    }

    /** The site's name in events and answers: {@code primary} or {@code secondary}. */
    public String id() {
        return id;
    }

    public String bucketVariable() {
        return bucketVariable;
    }

    public static Optional<BackupSite> byId(String id) {
        return Arrays.stream(values()).filter(site -> site.id.equals(id)).findFirst();
    }
}
