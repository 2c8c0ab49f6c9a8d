package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

    private final ApiRoutes routes = new ApiRoutes(List.of(
            ApiRoutes.Route.of("/schools/{urn}", "GET", null),
            ApiRoutes.Route.of("/schools/mine", "GET", null),
            ApiRoutes.Route.of("/inductions/{inductionId}/assessments/{assessmentId}/sign", "POST", null),
            ApiRoutes.Route.of("/files/{proxy+}", "ANY", null)));

    @Test
    void matchesTemplatesAndPrefersLiterals() {
        assertEquals("/schools/mine", routes.match("GET", "/schools/mine").route().pathTemplate());
        assertEquals(Map.of("urn", "123456"), routes.match("GET", "/schools/123456").pathParameters());
        assertEquals(Map.of("inductionId", "i-1", "assessmentId", "a-2"),
                routes.match("POST", "/inductions/i-1/assessments/a-2/sign").pathParameters());
        assertEquals(Map.of("proxy+", "a/b/c"), routes.match("PUT", "/files/a/b/c").pathParameters());
    }

    @Test
    void anotherMethodOrPathDoesNotMatch() {
        assertNull(routes.match("POST", "/schools/123456"));
        assertNull(routes.match("GET", "/schools/123456/other"));
        assertNull(routes.match("GET", "/"));
    }
}
