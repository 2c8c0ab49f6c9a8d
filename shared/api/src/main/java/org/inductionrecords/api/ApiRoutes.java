package org.inductionrecords.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inductionrecords.core.error.NotFound;
import org.inductionrecords.core.error.Rejection;

/**
 * A function's route table: route key ({@code METHOD /resource/{param}}, as in template.yaml) to the
 * code that answers it. Every answer, error or not, leaves through here; one log line per request
 * with ids and status only.
 */
public final class ApiRoutes {

    @FunctionalInterface
    public interface Route {
        APIGatewayProxyResponseEvent handle(ApiRequest request);
    }

    private final Map<String, Route> routes = new LinkedHashMap<>();
    private Optional<String> webOrigin = Optional.empty();

    public ApiRoutes on(String method, String resource, Route route) {
        routes.put(method + " " + resource, route);
        return this;
    }

    /**
     * Lets the web front end at {@code origin} (WEB_ORIGIN, the template's WebOrigin) read every answer: the
     * browser needs {@code Access-Control-Allow-Origin} on the function's answers too, not only on the
     * preflight API Gateway answers. One fixed origin, never {@code *}.
     */
    public ApiRoutes allowingOrigin(Optional<String> origin) {
        this.webOrigin = origin.filter(o -> !o.isBlank());
        return this;
    }

    public Set<String> routeKeys() {
        return routes.keySet();
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context) {
        long started = System.nanoTime();
        ApiRequest request = new ApiRequest(event);
        APIGatewayProxyResponseEvent response;
        String outcome;
        try {
            Route route = routes.get(request.routeKey());
            if (route == null) {
                throw new NotFound("No such route.");
            }
            response = route.handle(request);
            outcome = "ok";
        } catch (Rejection rejection) {
            response = ApiResponses.rejected(rejection);
            outcome = ApiResponses.code(rejection);
        } catch (RuntimeException unexpected) {
            response = ApiResponses.internalError();
            outcome = "internal_error";
            RequestLog.failure(request, unexpected);
        }
        RequestLog.line(request, response.getStatusCode(), outcome, (System.nanoTime() - started) / 1_000_000);
        if (webOrigin.isPresent()) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (response.getHeaders() != null) {
                headers.putAll(response.getHeaders());
            }
            headers.put("Access-Control-Allow-Origin", webOrigin.get());
            response.setHeaders(headers);
        }
        return response;
    }
}
