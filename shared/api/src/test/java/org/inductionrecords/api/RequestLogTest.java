package org.inductionrecords.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inductionrecords.json.Json;
import org.inductionrecords.testing.ApiGatewayEvent;
import org.junit.jupiter.api.Test;

/** The request's log line: route, status, outcome, duration and request id, nothing of the request's data. */
class RequestLogTest {

    private static final ApiRequest SUBMISSION = new ApiRequest(ApiGatewayEvent.request("PATCH", "/teachers/{trn}")
            .pathParameter("trn", "1234567").caller("user-1").requestId("req-1")
            .body("{\"givenName\":\"Zephyrine\"}").build());

    @Test
    void aRequestIsLoggedByItsRouteAndOutcomeWithoutItsPathValuesOrBody() {
        assertEquals("{\"level\":\"INFO\",\"message\":\"request\",\"route\":\"PATCH /teachers/{trn}\",\"status\":200,"
                        + "\"outcome\":\"ok\",\"durationMs\":12,\"requestId\":\"req-1\"}",
                RequestLog.requestLine(SUBMISSION, 200, "ok", 12).json());
    }

    @Test
    void aServerErrorIsLoggedAtErrorLevel() {
        assertEquals("ERROR", Json.tree(RequestLog.requestLine(SUBMISSION, 500, "internal_error", 3).json())
                .path("level").asText());
    }
}
