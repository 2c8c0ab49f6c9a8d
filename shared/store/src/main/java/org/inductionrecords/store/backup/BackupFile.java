package org.inductionrecords.store.backup;

/** One data file of a backup: its key, how many items it holds, and the SHA-256 (hex) and size of its bytes. */
public record BackupFile(String key, long items, String sha256, long bytes) {
}
