package org.inductionrecords.core.induction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.inductionrecords.core.error.InvalidInput;

/**
 * A POST carrying an {@code Idempotency-Key}: the key is the caller's, so two users can never
 * collide; the hash identifies the request, so reusing a key for another request is detected.
 */
public record IdempotentRequest(String callerUserId, String key, String requestHash) {

    /** Printable ASCII without spaces, as UUIDs and most client libraries produce. */
    public static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    public static IdempotentRequest of(String callerUserId, String key, String canonicalRequest) {
        if (!KEY.matcher(key).matches()) {
            throw InvalidInput.of("Idempotency-Key", "must be 1 to 200 printable characters without spaces");
        }
        return new IdempotentRequest(callerUserId, key, sha256(canonicalRequest));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
