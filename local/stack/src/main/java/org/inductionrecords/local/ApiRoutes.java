package org.inductionrecords.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's route table, built from the template's {@code Api} events: path templates with {@code {param}}
 * (and {@code {param+}} for greedy) segments and a method (or ANY). As in API Gateway, a literal segment
 * wins over a parameter, and a path that exists with another method is not found.
 */
final class ApiRoutes {

    private final List<Route> routes;

    ApiRoutes(List<Route> routes) {
        this.routes = routes.stream().sorted(Comparator.comparing(Route::specificity).reversed()).toList();
    }

    static ApiRoutes of(Iterable<LocalFunction> functions) {
        List<Route> routes = new ArrayList<>();
        for (LocalFunction function : functions) {
            function.definition().apiEvents().forEach(event ->
                    routes.add(Route.of(event.path(), event.method(), function)));
        }
        return new ApiRoutes(routes);
    }

    /** The route for this method and (decoded) path, or null. */
    Match match(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method) || route.method().equals("ANY")) {
                Map<String, String> parameters = route.parameters(path);
                if (parameters != null) {
                    return new Match(route, parameters);
                }
            }
        }
        return null;
    }

    List<Route> routes() {
        return routes;
    }

    record Match(Route route, Map<String, String> pathParameters) {
    }

    record Route(String pathTemplate, String method, Pattern pattern, List<String> names, LocalFunction function) {

        private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+?)(\\+?)}");

        static Route of(String pathTemplate, String method, LocalFunction function) {
            StringBuilder regex = new StringBuilder();
            List<String> names = new ArrayList<>();
            Matcher matcher = PARAMETER.matcher(pathTemplate);
            int last = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(pathTemplate.substring(last, matcher.start())));
                regex.append(matcher.group(2).isEmpty() ? "([^/]+)" : "(.+)");
                names.add(matcher.group(1) + matcher.group(2));
                last = matcher.end();
            }
            regex.append(Pattern.quote(pathTemplate.substring(last)));
            return new Route(pathTemplate, method.toUpperCase(), Pattern.compile(regex + "/?"), List.copyOf(names),
                    function);
        }

        /** More literal characters first, then fewer parameters: /schools/mine before /schools/{urn}. */
        int specificity() {
            int literal = pathTemplate.replaceAll("\\{[^}]*}", "").length();
            return literal * 16 - names.size();
        }

        Map<String, String> parameters(String path) {
            Matcher matcher = pattern.matcher(path);
            if (!matcher.matches()) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), matcher.group(i + 1));
            }
            return values;
        }
    }
}
