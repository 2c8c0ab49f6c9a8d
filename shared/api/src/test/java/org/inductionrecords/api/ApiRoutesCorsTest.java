package org.inductionrecords.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.testing.ApiGatewayEvent;
import org.junit.jupiter.api.Test;

class ApiRoutesCorsTest {

    private static final String SITE = "https://d111111abcdef8.cloudfront.net";

    private static APIGatewayProxyRequestEvent get(String resource) {
        return ApiGatewayEvent.request("GET", resource).build();
    }

    private static ApiRoutes routes(Optional<String> origin) {
        return new ApiRoutes().allowingOrigin(origin)
                .on("GET", "/me", request -> ApiResponses.json(200, Map.of("ok", true)))
                .on("GET", "/bad", request -> {
                    throw InvalidInput.of("field", "bad");
                });
    }

    @Test
    void everyAnswerNamesTheWebOriginWhenOneIsConfigured() {
        // given the site's origin, when a route answers, fails validation or does not exist
        for (String resource : new String[] {"/me", "/bad", "/nowhere"}) {
            APIGatewayProxyResponseEvent response = routes(Optional.of(SITE)).handle(get(resource), null);
            // then the browser on that origin (and no other) may read the answer
            assertEquals(SITE, response.getHeaders().get("Access-Control-Allow-Origin"), resource);
            assertEquals("application/json", response.getHeaders().get("Content-Type"), resource);
        }
    }

    @Test
    void noCorsHeaderWithoutAWebOrigin() {
        for (Optional<String> none : java.util.List.of(Optional.<String>empty(), Optional.of(" "))) {
            APIGatewayProxyResponseEvent response = routes(none).handle(get("/me"), null);
            assertFalse(response.getHeaders().containsKey("Access-Control-Allow-Origin"));
        }
    }
}
