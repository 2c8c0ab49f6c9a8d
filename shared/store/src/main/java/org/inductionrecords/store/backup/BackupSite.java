package org.inductionrecords.store.backup;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two backup sites and the environment variables naming each one's bucket and KMS key: each site is its own
 * failure domain, with its own key (README "Backups: two sites").
 */
public enum BackupSite {
    PRIMARY("primary", "PRIMARY_BACKUP_BUCKET", "PRIMARY_BACKUP_KMS_KEY"),
    SECONDARY("secondary", "SECONDARY_BACKUP_BUCKET", "SECONDARY_BACKUP_KMS_KEY");

    private final String id;
    private final String bucketVariable;
    private final String kmsKeyVariable;

    BackupSite(String id, String bucketVariable, String kmsKeyVariable) {
        this.id = id;
        this.bucketVariable = bucketVariable;
        this.kmsKeyVariable = kmsKeyVariable;
    }

    /** The site's name in events and answers: {@code primary} or {@code secondary}. */
    public String id() {
        return id;
    }

    public String bucketVariable() {
        return bucketVariable;
    }

    /** The variable holding the ARN of the KMS key the site's objects are written with. */
    public String kmsKeyVariable() {
        return kmsKeyVariable;
    }

    public static Optional<BackupSite> byId(String id) {
        return Arrays.stream(values()).filter(site -> site.id.equals(id)).findFirst();
    }
}
