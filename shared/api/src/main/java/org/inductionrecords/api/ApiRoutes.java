package org.inductionrecords.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.LinkedHashMap;
import java.util.Map;
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

    public ApiRoutes on(String method, String resource, Route route) {
        routes.put(method + " " + resource, route);
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
            RequestLog.failure(context, request, unexpected);
        }
        RequestLog.line(context, request, response.getStatusCode(), outcome, (System.nanoTime() - started) / 1_000_000);
        return response;
    }
}
