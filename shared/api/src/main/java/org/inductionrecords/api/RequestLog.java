package org.inductionrecords.api;

import org.inductionrecords.json.LogLine;

/**
 * One log line per request: route, status, outcome code, duration, request id. Never bodies, path values, names
 * or emails: logs must hold no personal data ({@link LogLine}).
 */
final class RequestLog {

    private RequestLog() {
    }

    static void line(ApiRequest request, int status, String outcome, long millis) {
        requestLine(request, status, outcome, millis).write();
    }

    static LogLine requestLine(ApiRequest request, int status, String outcome, long millis) {
        return (status >= 500 ? LogLine.error("request") : LogLine.info("request"))
                .with("route", request.routeKey())
                .with("status", status)
                .with("outcome", outcome)
                .with("durationMs", millis)
                .with("requestId", request.requestId().orElse(null));
    }

    static void failure(ApiRequest request, RuntimeException error) {
        failureLine(request, error).write();
    }

    static LogLine failureLine(ApiRequest request, RuntimeException error) {
        return LogLine.error("unhandled exception").with("route", request.routeKey()).exception(error);
    }
}
