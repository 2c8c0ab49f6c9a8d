package org.inductionrecords.store;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers for explicit attribute mapping (no reflection on the hot path). */
public final class Attributes {

    private Attributes() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue n(String decimal) {
        return AttributeValue.fromN(decimal);
    }

    public static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    public static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("Item lacks string attribute " + name);
        }
        return value.s();
    }

    public static Optional<String> optionalString(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? Optional.empty() : Optional.ofNullable(value.s());
    }

    public static Optional<String> optionalNumber(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? Optional.empty() : Optional.ofNullable(value.n());
    }

    public static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(optionalNumber(item, name)
                .orElseThrow(() -> new IllegalStateException("Item lacks number attribute " + name)));
    }

    public static boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    /** Puts the attribute only when present: absent optional values are not stored. */
    public static void putIfPresent(Map<String, AttributeValue> item, String name, Optional<String> value) {
        value.ifPresent(v -> item.put(name, s(v)));
    }
}
