package org.inductionrecords.core.induction;

/** The first answer to an idempotent request, replayed verbatim to its retries. */
public record StoredResponse(int statusCode, String body) {
}
