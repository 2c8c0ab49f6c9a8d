package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.n;
import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.inductionrecords.core.induction.IdempotentRequest;
import org.inductionrecords.core.induction.StoredResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The first answer to an idempotent POST: {@code INDUCTION#<inductionId>} /
 * {@code IDEMPOTENCY#<callerUserId>#<key>}, kept 24 hours (TTL {@code expiresAt}). Written in the
 * same transaction as what it answers, so "seen before" and "created" can never disagree.
 */
public final class IdempotencyItems {

    public static final String TYPE = "IDEMPOTENCY";
    public static final Duration KEPT = Duration.ofHours(24);

    /** What a stored record says about a request. */
    public record Stored(String requestHash, StoredResponse response, long expiresAt) {
    }

    private IdempotencyItems() {
    }

    public static Map<String, AttributeValue> key(String inductionId, IdempotentRequest request) {
        return Map.of(Keys.PK, s(Keys.induction(inductionId)),
                Keys.SK, s("IDEMPOTENCY#" + request.callerUserId() + "#" + request.key()));
    }

    public static Map<String, AttributeValue> toItem(String inductionId, IdempotentRequest request,
                                                     StoredResponse response, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key(inductionId, request));
        item.put(Keys.TYPE, s(TYPE));
        item.put("requestHash", s(request.requestHash()));
        item.put("statusCode", n(response.statusCode()));
        item.put("responseBody", s(response.body()));
        item.put(Keys.EXPIRES_AT, n(now.plus(KEPT).getEpochSecond()));
        return item;
    }

    public static Stored fromItem(Map<String, AttributeValue> item) {
        return new Stored(string(item, "requestHash"),
                new StoredResponse((int) Attributes.number(item, "statusCode"), string(item, "responseBody")),
                Attributes.number(item, Keys.EXPIRES_AT));
    }
}
