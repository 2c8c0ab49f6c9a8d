package org.inductionrecords.store;

/**
 * The single table's key design (see docs/TABLE.md). Every item has {@code pk} and {@code sk};
 * the generic indexes gsi1..gsi4 and the sparse {@code retention} index serve the list patterns.
 */
public final class Keys {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String GSI2 = "gsi2";
    public static final String GSI2_PK = "gsi2pk";
    public static final String GSI2_SK = "gsi2sk";
    public static final String GSI3 = "gsi3";
    public static final String GSI3_PK = "gsi3pk";
    public static final String GSI3_SK = "gsi3sk";
    public static final String GSI4 = "gsi4";
    public static final String GSI4_PK = "gsi4pk";
    public static final String GSI4_SK = "gsi4sk";
    public static final String RETENTION = "retention";
    public static final String RETENTION_PK = "retentionPk";
    public static final String RETENTION_SK = "retentionSk";
    /** TTL attribute (epoch seconds) for items that expire by themselves, such as idempotency records. */
    public static final String EXPIRES_AT = "expiresAt";
    /** Item type, so a backup or an export can tell items apart without parsing keys. */
    public static final String TYPE = "type";

    private Keys() {
    }

    public static String user(String userId) {
        return "USER#" + userId;
    }

    public static String school(String urn) {
        return "SCHOOL#" + urn;
    }

    public static String email(String normalisedEmail) {
        return "EMAIL#" + normalisedEmail;
    }

    public static String induction(String inductionId) {
        return "INDUCTION#" + inductionId;
    }

    public static String teacher(String trn) {
        return "TEACHER#" + trn;
    }

    public static String audit(String entityType, String entityId) {
        return "AUDIT#" + entityType + "#" + entityId;
    }
}
