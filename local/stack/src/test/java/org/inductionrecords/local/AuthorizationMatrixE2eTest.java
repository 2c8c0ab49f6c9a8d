package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inductionrecords.emulators.Template;
import org.inductionrecords.local.MatrixExpectations.Expect;
import org.inductionrecords.local.MatrixExpectations.RouteSpec;
import org.inductionrecords.local.MatrixWorld.Caller;
import org.inductionrecords.local.MatrixWorld.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Broken object-level authorisation, ruled out route by route (docs/CONTRACT.md section 2): every API route of
 * template.yaml, for every caller (each role, a suspended user, no token) and every scope that applies to it
 * (own record, own school, other school, assigned and unassigned tutor, own and other teacher), answers what
 * {@link MatrixExpectations} says CONTRACT.md promises, end to end over HTTP through the local stack. No
 * answer ever carries a name, email, date of birth or school name the caller may not see; a refused write
 * changes no item and creates no login.
 */
@Tag("emulators")
class AuthorizationMatrixE2eTest {

    private static final Map<Integer, String> ERROR_CODES = Map.of(401, "unauthorized", 403, "forbidden",
            404, "not_found", 400, "validation_failed", 409, "conflict");

    private static RunningStack local;
    private static MatrixWorld world;

    @BeforeAll
    static void oneWorldOfTwoSchools() {
        local = E2eWorld.local();
        long started = System.nanoTime();
        world = new MatrixWorld(local);
        System.out.printf("authorisation matrix: world built in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    /** METHOD /path of every API event in template.yaml, in template order. */
    static Map<String, String> templateRoutes() {
        Map<String, String> routes = new LinkedHashMap<>();
        for (Template.Function function : Template.load().functions()) {
            for (Template.ApiEvent event : function.apiEvents()) {
                routes.put(event.method().toUpperCase() + " " + event.path(), function.logicalId());
            }
        }
        return routes;
    }

    @Test
    void everyRouteOfTheTemplateHasAnEntryInTheMatrix() {
        Set<String> missing = new TreeSet<>(templateRoutes().keySet());
        missing.removeAll(MatrixExpectations.ROUTES.keySet());
        assertEquals(Set.of(), missing, "routes in template.yaml without an authorisation matrix entry"
                + " (add who may call them to MatrixExpectations)");
        Set<String> stale = new TreeSet<>(MatrixExpectations.ROUTES.keySet());
        stale.removeAll(templateRoutes().keySet());
        assertEquals(Set.of(), stale, "matrix entries for routes template.yaml does not have (remove them)");
    }

    @Test
    void everyRouteAnswersEveryCallerInEveryScopeAsTheContractSaysAndNeverLeaks() {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int cells = 0;
        int successes = 0;
        Set<String> routesRun = new HashSet<>();
        for (String route : templateRoutes().keySet()) {
            RouteSpec spec = MatrixExpectations.ROUTES.get(route);
            if (spec == null) {
                continue; // reported by everyRouteOfTheTemplateHasAnEntryInTheMatrix
            }
            routesRun.add(route);
            for (Scope scope : spec.scopes()) {
                for (Caller caller : Caller.values()) {
                    Expect expect = spec.expect(caller, scope);
                    String failure = cell(route, spec, caller, scope, expect);
                    cells++;
                    if (expect.success()) {
                        successes++;
                    }
                    if (failure != null) {
                        failures.add(route + " as " + caller + " on " + scope + ": " + failure);
                    }
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("authorisation matrix: %d routes, %d cells (%d expected to succeed, %d refusals),"
                + " %d failed, in %d ms%n", routesRun.size(), cells, successes, cells - successes, failures.size(),
                millis);
        assertTrue(cells >= routesRun.size() * Caller.values().length);
        assertEquals(List.of(), failures);
    }

    static String tableFingerprint() {
        return E2eWorld.tableFingerprint(local);
    }

    /** One cell: null when the answer is what the contract says, otherwise what was wrong. */
    private static String cell(String route, RouteSpec spec, Caller caller, Scope scope, Expect expect) {
        String method = route.substring(0, route.indexOf(' '));
        boolean writes = !method.equals("GET");
        Map<String, String> params = spec.targets().params(world, caller, scope, writes && expect.success());
        String path = route.substring(route.indexOf(' ') + 1);
        for (Map.Entry<String, String> param : params.entrySet()) {
            path = path.replace("{" + param.getKey() + "}", param.getValue());
        }
        if (path.contains("{")) {
            return "the matrix gives no value for a parameter of " + path;
        }
        String body = spec.bodies().body(world, caller, scope);
        boolean refusedWrite = writes && !expect.success();
        String tableBefore = refusedWrite ? tableFingerprint() : "";
        long loginsBefore = refusedWrite && route.endsWith("/users") ? E2eWorld.logins(local) : 0;

        if (route.equals("GET /exports/termly-return.csv")) {
            path += "?academicYear=2095&term=SUMMER";
        }
        // CONTRACT.md section 9: the bulk uploads take CSV; the exports and the PDF answer CSV or PDF.
        boolean csvUpload = route.endsWith("/bulk");
        boolean fileAnswer = route.endsWith(".csv") || route.endsWith("/pdf");
        RunningStack.Response answer = csvUpload ? local.callCsv(method, path, world.token(caller), body)
                : local.call(method, path, world.token(caller), body);

        List<String> wrong = new ArrayList<>();
        if (!expect.statuses().contains(answer.status())) {
            wrong.add("answered " + answer.status() + ", expected " + expect.statuses() + " (" + answer.body() + ")");
        }
        if (!expect.success()) {
            JsonNode json = answer.json();
            String code = ERROR_CODES.get(answer.status());
            if (json == null || code == null || !code.equals(json.path("error").asText())
                    || !json.path("message").isTextual() || !json.path("details").isArray()) {
                wrong.add("not the contract's error JSON: " + answer.body());
            }
        } else if (fileAnswer ? answer.body() == null || answer.body().isEmpty()
                : answer.json() == null || !answer.json().isObject()) {
            wrong.add("no JSON object: " + answer.body());
        }
        Set<String> hidden = new HashSet<>(world.allMarkers());
        hidden.removeAll(world.visibleMarkers(caller));
        for (String marker : hidden) {
            if (answer.body() != null && answer.body().contains(marker)) {
                wrong.add("leaked " + marker + " to " + caller);
            }
        }
        if (refusedWrite) {
            if (!tableFingerprint().equals(tableBefore)) {
                wrong.add("a refused write changed the table");
            }
            if (route.endsWith("/users") && E2eWorld.logins(local) != loginsBefore) {
                wrong.add("a refused provisioning created a login");
            }
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /**
     * The cells an attacker found beyond the route-by-scope matrix: a coordinator of school A binding an NQT
     * login to school B's teacher (or to a TRN with no induction, or a second login to its own teacher),
     * registering B's TRN under another date of birth, and correcting B's teacher. Each is refused, writes
     * nothing, creates no login and names nothing of school B.
     */
    @Test
    void theCrossSchoolAttacksAreRefusedWriteNothingAndLeakNothing() {
        String coordinatorA = world.a.coordinator().token();
        String urnA = world.a.urn();
        MatrixWorld.Teacher teacherB = world.teacherOf(Scope.OTHER_SCHOOL_INDUCTION);
        Set<String> schoolBMarkers = new HashSet<>(teacherB.markers());
        schoolBMarkers.add(world.b.name());
        schoolBMarkers.add(world.b.urn());
        List<String> failures = new ArrayList<>();
        Map<String, Object[]> attacks = new LinkedHashMap<>();
        attacks.put("NQT login for school B's teacher", new Object[] {"POST", "/schools/" + urnA + "/users",
                E2eWorld.json(E2eWorld.userBody(E2eWorld.email("impostor"), "NQT", teacherB.trn())), 400, "trn"});
        attacks.put("NQT login for a TRN with no induction", new Object[] {"POST", "/schools/" + urnA + "/users",
                E2eWorld.json(E2eWorld.userBody(E2eWorld.email("nobody"), "NQT", E2eWorld.newTrn())), 400, "trn"});
        attacks.put("a second NQT login for school A's own teacher", new Object[] {"POST", "/schools/" + urnA + "/users",
                E2eWorld.json(E2eWorld.userBody(E2eWorld.email("second"), "NQT", world.trnOf(Scope.OWN_INDUCTION))), 409, ""});
        attacks.put("registering B's TRN with another date of birth", new Object[] {"POST", "/schools/" + urnA + "/inductions",
                E2eWorld.json(registration(teacherB.trn(), "1990-01-01")), 400, "teacher.dateOfBirth"});
        attacks.put("registering B's TRN with its date of birth while in progress there", new Object[] {"POST",
                "/schools/" + urnA + "/inductions", E2eWorld.json(registration(teacherB.trn(), teacherB.dateOfBirth())), 409, ""});
        attacks.put("correcting school B's teacher", new Object[] {"PATCH", "/teachers/" + teacherB.trn(),
                E2eWorld.json(Map.of("familyName", "Rewritten", "dateOfBirth", "1990-01-01")), 404, ""});
        for (Map.Entry<String, Object[]> attack : attacks.entrySet()) {
            Object[] a = attack.getValue();
            String before = tableFingerprint();
            long loginsBefore = E2eWorld.logins(local);

            RunningStack.Response answer = local.call((String) a[0], (String) a[1], coordinatorA, (String) a[2]);

            String field = answer.json() == null ? "" : answer.json().path("details").path(0).path("field").asText("");
            if (answer.status() != (int) a[3] || !field.equals(a[4])) {
                failures.add(attack.getKey() + ": " + answer.status() + " " + answer.body());
            }
            schoolBMarkers.stream().filter(marker -> answer.body() != null && answer.body().contains(marker))
                    .forEach(marker -> failures.add(attack.getKey() + ": leaked " + marker));
            if (!tableFingerprint().equals(before) || E2eWorld.logins(local) != loginsBefore) {
                failures.add(attack.getKey() + ": wrote something");
            }
        }
        assertEquals(List.of(), failures);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode registration(String trn, String dateOfBirth) {
        var body = E2eWorld.registration(trn, world.a.tutor().userId());
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("teacher")).put("dateOfBirth", dateOfBirth);
        return body;
    }
}
