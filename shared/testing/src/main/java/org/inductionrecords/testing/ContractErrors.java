package org.inductionrecords.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The contract's error answer (CONTRACT.md, "Errors"), as the bad-input properties of every API function check it. */
public final class ContractErrors {

    /** The code each refusal status carries. */
    public static final Map<Integer, String> CODES = Map.of(400, "validation_failed", 401, "unauthorized",
            403, "forbidden", 404, "not_found", 409, "conflict", 413, "payload_too_large",
            415, "unsupported_media_type", 422, "idempotency_mismatch");

    private ContractErrors() {
    }

    /**
     * A 4xx with the contract's error JSON: its status's code, a message, details; a 400 names each field it
     * refuses. {@code answer} describes the whole answer for the failure message.
     */
    public static void assertRefusedInTheContractsWords(int status, JsonNode body, String answer) {
        assertTrue(status >= 400 && status < 500, () -> "answered " + answer);
        assertTrue(body != null && body.isObject(), "an error JSON object");
        assertEquals(CODES.get(status), body.path("error").asText(), body::toString);
        assertTrue(body.path("message").isTextual(), body::toString);
        assertTrue(body.path("details").isArray(), body::toString);
        if (status == 400) {
            assertFalse(body.path("details").isEmpty(), () -> "a 400 names its fields: " + body);
            body.path("details").forEach(detail -> {
                assertFalse(detail.path("field").asText().isEmpty(), body::toString);
                assertFalse(detail.path("message").asText().isEmpty(), body::toString);
            });
        }
    }
}
