package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inductionrecords.local.MatrixWorld.Caller;
import org.inductionrecords.local.MatrixWorld.Scope;

/**
 * The expected answer of every API route for every caller and scope, written from docs/CONTRACT.md sections 2
 * and 3 (not from the code): who may, and what a caller outside its scope gets (404, never the data). A caller
 * whose role may never call a route is refused 403 before its target is looked up, the same answer for any
 * target, so it learns nothing about it ({@link #onlyRoles}). A route of template.yaml that is not in
 * {@link #ROUTES} fails {@link AuthorizationMatrixE2eTest}, so a new route cannot ship without saying who may
 * call it.
 */
final class MatrixExpectations {

    /** The statuses a cell may answer; {@code success} cells change or read what they aim at. */
    record Expect(Set<Integer> statuses, boolean success) {
        static Expect ok() {
            return new Expect(Set.of(200), true);
        }

        static Expect created() {
            return new Expect(Set.of(201), true);
        }

        /** In the caller's view, but not the caller's to do. */
        static Expect forbidden() {
            return new Expect(Set.of(403), false);
        }

        /** Outside the caller's scope: 404, as if it did not exist, so the caller cannot even learn that it does. */
        static Expect outOfScope() {
            return new Expect(Set.of(404), false);
        }

        /** The request is the caller's to make, but the state it needs is not there (e.g. no TOTP device yet). */
        static Expect conflict() {
            return new Expect(Set.of(409), false);
        }

        static Expect unauthenticated() {
            return new Expect(Set.of(401), false);
        }
    }

    /** What a cell sends: the path parameters (fresh ones when it should succeed and writes) and the body. */
    interface Targets {
        Map<String, String> params(MatrixWorld world, Caller caller, Scope scope, boolean fresh);
    }

    interface Bodies {
        String body(MatrixWorld world, Caller caller, Scope scope);
    }

    interface Rule {
        Expect expect(Caller caller, Scope scope);
    }

    record RouteSpec(List<Scope> scopes, Rule rule, Targets targets, Bodies bodies) {
        /** The answer for this caller: no token 401, a suspended user 403, otherwise the route's rule. */
        Expect expect(Caller caller, Scope scope) {
            return switch (caller) {
                case NO_TOKEN -> Expect.unauthenticated();
                case SUSPENDED_USER -> Expect.forbidden();
                default -> rule.expect(caller, scope);
            };
        }
    }

    /** The roles that provision users (CONTRACT.md section 2, tiers) and correct a teacher's details. */
    private static final Set<Caller> PROVISIONERS = Set.of(Caller.AB_ADMIN, Caller.COORDINATOR);

    private static final List<Scope> NO_SCOPE = List.of(Scope.NONE);
    private static final List<Scope> SCHOOLS = List.of(Scope.OWN_SCHOOL, Scope.OTHER_SCHOOL);
    private static final List<Scope> INDUCTIONS = List.of(Scope.OWN_INDUCTION, Scope.OTHER_TEACHER_INDUCTION,
            Scope.OTHER_SCHOOL_INDUCTION, Scope.FORMER_SCHOOL_INDUCTION);
    private static final List<Scope> MANAGED_USERS = List.of(Scope.OWN_USER, Scope.OWN_SCHOOL_TUTOR,
            Scope.OTHER_SCHOOL_COORDINATOR);

    static final Map<String, RouteSpec> ROUTES = new LinkedHashMap<>();

    static {
        // ---------------------------------------------------------------- UsersFunction
        // the AB records each year's term dates; everyone reads them (CONTRACT.md section 7)
        ROUTES.put("PUT /term-dates/{academicYear}", new RouteSpec(NO_SCOPE,
                (caller, scope) -> caller == Caller.AB_ADMIN ? Expect.ok() : Expect.forbidden(),
                (world, caller, scope, fresh) -> Map.of("academicYear", "2031"),
                (world, caller, scope) -> json(Map.of("terms", List.of(
                        Map.of("name", "AUTUMN", "start", "2031-09-03", "end", "2031-12-19"),
                        Map.of("name", "SPRING", "start", "2032-01-05", "end", "2032-03-26"),
                        Map.of("name", "SUMMER", "start", "2032-04-13", "end", "2032-07-21"))))));
        ROUTES.put("GET /term-dates", new RouteSpec(NO_SCOPE, (caller, scope) -> Expect.ok(), none(), noBody()));
        ROUTES.put("GET /me", new RouteSpec(NO_SCOPE, (caller, scope) -> Expect.ok(), none(), noBody()));
        // any active user may record its second factor; no login of the matrix has a TOTP device, so Cognito says
        // it is not enabled: 409 (CONTRACT.md section 10; AdminMfaE2eTest enrols one)
        ROUTES.put("POST /me/mfa", new RouteSpec(NO_SCOPE, (caller, scope) -> Expect.conflict(), none(), noBody()));
        // every active user sets their own reminders, no one else's (CONTRACT.md section 8); on again is no change
        ROUTES.put("PATCH /me", new RouteSpec(NO_SCOPE, (caller, scope) -> Expect.ok(), none(),
                (world, caller, scope) -> json(Map.of("reminders", true))));
        ROUTES.put("POST /schools", new RouteSpec(NO_SCOPE,
                (caller, scope) -> caller == Caller.AB_ADMIN ? Expect.created() : Expect.forbidden(), none(),
                (world, caller, scope) -> json(Map.of("urn", E2eWorld.newUrn(), "name", "Fresh school"))));
        ROUTES.put("GET /schools", new RouteSpec(NO_SCOPE, (caller, scope) -> Expect.ok(), none(), noBody()));
        ROUTES.put("GET /schools/{urn}", new RouteSpec(SCHOOLS,
                (caller, scope) -> schoolVisible(caller, scope) ? Expect.ok() : Expect.outOfScope(),
                school(), noBody()));
        ROUTES.put("POST /schools/{urn}/users", new RouteSpec(SCHOOLS, onlyRoles(PROVISIONERS,
                (caller, scope) -> schoolVisible(caller, scope) ? Expect.created() : Expect.outOfScope()),
                school(), (world, caller, scope) -> json(E2eWorld.userBody(E2eWorld.email("fresh"),
                // each tier asks for a role it provisions, so the cell is about scope, not tier
                caller == Caller.AB_ADMIN ? "INDUCTION_COORDINATOR" : "INDUCTION_TUTOR", null))));
        ROUTES.put("GET /schools/{urn}/users", new RouteSpec(SCHOOLS, onlyRoles(
                Set.of(Caller.AB_ADMIN, Caller.COORDINATOR, Caller.HEADTEACHER),
                (caller, scope) -> schoolVisible(caller, scope) ? Expect.ok() : Expect.outOfScope()),
                school(), noBody()));
        for (String action : List.of("suspend", "reactivate")) {
            ROUTES.put("POST /users/{userId}/" + action, new RouteSpec(MANAGED_USERS, (caller, scope) -> {
                if (scope == Scope.OWN_USER || !PROVISIONERS.contains(caller)) {
                    return Expect.forbidden(); // nobody suspends or reactivates themself; other roles nobody
                }
                boolean ownTutor = scope == Scope.OWN_SCHOOL_TUTOR;
                return caller == Caller.AB_ADMIN
                        ? ownTutor ? Expect.forbidden() : Expect.ok()
                        : ownTutor ? Expect.ok() : Expect.outOfScope();
            }, (world, caller, scope, fresh) -> Map.of("userId", scope == Scope.OWN_USER ? world.userIdOf(caller)
                    : fresh ? world.freshUser(scope, action.equals("reactivate")) : world.userOf(scope)), noBody()));
        }

        // ---------------------------------------------------------------- AssessmentsFunction
        ROUTES.put("POST /schools/{urn}/inductions", new RouteSpec(SCHOOLS, (caller, scope) -> {
            if (!schoolVisible(caller, scope)) {
                return Expect.outOfScope();
            }
            return caller == Caller.AB_ADMIN || caller == Caller.COORDINATOR ? Expect.created() : Expect.forbidden();
        }, school(), (world, caller, scope) -> {
            ObjectNode body = E2eWorld.registration(E2eWorld.newTrn(), world.tutorOf(scope));
            ((ObjectNode) body.get("teacher")).put("givenName", "Fresh").put("familyName", "Teacher")
                    .remove("email");
            return json(body);
        }));
        ROUTES.put("GET /schools/{urn}/inductions", new RouteSpec(SCHOOLS,
                (caller, scope) -> schoolVisible(caller, scope) ? Expect.ok() : Expect.outOfScope(),
                school(), noBody()));
        // the list across schools is the AB's alone (CONTRACT.md section 3)
        ROUTES.put("GET /inductions", new RouteSpec(NO_SCOPE,
                (caller, scope) -> caller == Caller.AB_ADMIN ? Expect.ok() : Expect.forbidden(), none(), noBody()));
        // a school the teacher left reads the basic fields and its own period's assessments (T1 here)
        ROUTES.put("GET /inductions/{inductionId}", new RouteSpec(INDUCTIONS, reading(Expect.ok()), induction(),
                noBody()));
        // CONTRACT.md section 6: the AB and the current school's coordinator; a former school is out of scope
        ROUTES.put("PATCH /inductions/{inductionId}", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.AB_ADMIN, Caller.COORDINATOR), freshOrShared(),
                (world, caller, scope) -> json(Map.of("tutorUserId", world.currentTutorOf(scope)))));
        ROUTES.put("POST /inductions/{inductionId}/leave", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.AB_ADMIN, Caller.COORDINATOR), freshOrShared(),
                (world, caller, scope) -> json(Map.of("leaveDate", "2021-12-17"))));
        ROUTES.put("POST /inductions/{inductionId}/close", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.AB_ADMIN), freshOrShared(),
                (world, caller, scope) -> json(Map.of("closeDate", "2021-12-17", "reason", "OTHER"))));
        ROUTES.put("POST /inductions/{inductionId}/assessments", new RouteSpec(INDUCTIONS,
                actingAs(Expect.created(), Caller.ASSIGNED_TUTOR, Caller.HEADTEACHER),
                (world, caller, scope, fresh) -> Map.of("inductionId",
                        fresh ? world.freshInduction(scope) : world.inductionOf(scope)),
                (world, caller, scope) -> json(E2eWorld.assessment("TERMLY", 1))));
        ROUTES.put("GET /inductions/{inductionId}/assessments", new RouteSpec(INDUCTIONS, reading(Expect.ok()),
                induction(), noBody()));
        ROUTES.put("GET /inductions/{inductionId}/assessments/{assessmentId}", new RouteSpec(INDUCTIONS,
                reading(Expect.ok()), (world, caller, scope, fresh) -> Map.of("inductionId", world.inductionOf(scope),
                        "assessmentId", "T1-TERMLY"), noBody()));
        ROUTES.put("POST /inductions/{inductionId}/assessments/{assessmentId}/sign", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.HEADTEACHER), (world, caller, scope, fresh) -> fresh
                        ? Map.of("inductionId", world.freshInductionWithSubmission(scope), "assessmentId", "T1-TERMLY")
                        : Map.of("inductionId", world.inductionOf(scope),
                                "assessmentId", world.submittedAssessmentOf(scope)), noBody()));
        ROUTES.put("POST /inductions/{inductionId}/assessments/{assessmentId}/acknowledge", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.NQT), (world, caller, scope, fresh) -> Map.of(
                        "inductionId", world.inductionOf(scope),
                        // the one success is the NQT's own T1-TERMLY, signed when the world was built
                        "assessmentId", fresh ? "T1-TERMLY" : world.signedAssessmentOf(scope)),
                (world, caller, scope) -> json(Map.of("comment", "Read and agreed."))));
        // CONTRACT.md section 7: corrections (the assigned tutor or the headteacher), versions (anyone in scope),
        // the AB's review, the schedule (anyone in scope) and everyone's own tasks.
        ROUTES.put("PUT /inductions/{inductionId}/assessments/{assessmentId}", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.ASSIGNED_TUTOR, Caller.HEADTEACHER), (world, caller, scope, fresh) -> fresh
                        ? Map.of("inductionId", world.freshInductionWithSubmission(scope), "assessmentId", "T1-TERMLY")
                        : Map.of("inductionId", world.inductionOf(scope), "assessmentId", "T1-TERMLY"),
                (world, caller, scope) -> json(E2eWorld.assessment("TERMLY", 1))));
        ROUTES.put("GET /inductions/{inductionId}/assessments/{assessmentId}/versions", new RouteSpec(INDUCTIONS,
                seeing(Expect.ok()), (world, caller, scope, fresh) -> Map.of("inductionId", world.inductionOf(scope),
                        "assessmentId", "T1-TERMLY"), noBody()));
        ROUTES.put("POST /inductions/{inductionId}/assessments/{assessmentId}/approve", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.AB_ADMIN), (world, caller, scope, fresh) -> fresh
                        ? Map.of("inductionId", world.freshInductionWithSigned(scope), "assessmentId", "T1-TERMLY")
                        : Map.of("inductionId", world.inductionOf(scope),
                                "assessmentId", world.signedAssessmentOf(scope)), noBody()));
        ROUTES.put("POST /inductions/{inductionId}/assessments/{assessmentId}/return", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.AB_ADMIN), (world, caller, scope, fresh) -> fresh
                        ? Map.of("inductionId", world.freshInductionWithSigned(scope), "assessmentId", "T1-TERMLY")
                        : Map.of("inductionId", world.inductionOf(scope),
                                "assessmentId", world.signedAssessmentOf(scope)),
                (world, caller, scope) -> json(Map.of("comment", "Please add evidence for TS3."))));
        ROUTES.put("GET /inductions/{inductionId}/schedule", new RouteSpec(INDUCTIONS, seeing(Expect.ok()),
                induction(), noBody()));
        ROUTES.put("GET /tasks", new RouteSpec(NO_SCOPE, (caller, scope) -> Expect.ok(), none(), noBody()));
        ROUTES.put("POST /inductions/{inductionId}/outcome", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.AB_ADMIN), freshOrShared(),
                (world, caller, scope) -> json(Map.of("outcome", "EXTENDED", "outcomeDate", "2022-07-15",
                        "extensionTerms", 1))));
        ROUTES.put("POST /inductions/{inductionId}/legal-hold", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.AB_ADMIN), freshOrShared(),
                (world, caller, scope) -> json(Map.of("hold", true, "reason", "Tribunal claim pending"))));
        // CONTRACT.md section 6: the AB's alone; 201 with the induction.
        ROUTES.put("POST /inductions/{inductionId}/extensions", new RouteSpec(INDUCTIONS,
                actingAs(Expect.created(), Caller.AB_ADMIN), freshOrShared(),
                (world, caller, scope) -> json(Map.of("terms", 1.5, "reason", "Long illness"))));
        ROUTES.put("POST /inductions/{inductionId}/reductions", new RouteSpec(INDUCTIONS,
                actingAs(Expect.created(), Caller.AB_ADMIN), freshOrShared(),
                (world, caller, scope) -> json(Map.of("terms", 0.5, "reason", "Prior teaching abroad"))));
        ROUTES.put("POST /inductions/{inductionId}/statutory-leave", new RouteSpec(INDUCTIONS,
                actingAs(Expect.ok(), Caller.AB_ADMIN), freshOrShared(),
                (world, caller, scope) -> json(Map.of("count", true))));

        // ---------------------------------------------------------------- BulkFunction (CONTRACT.md section 9)
        ROUTES.put("POST /schools/{urn}/inductions/bulk", new RouteSpec(SCHOOLS, (caller, scope) -> {
            if (!schoolVisible(caller, scope)) {
                return Expect.outOfScope();
            }
            return caller == Caller.AB_ADMIN || caller == Caller.COORDINATOR ? Expect.created() : Expect.forbidden();
        }, school(), (world, caller, scope) -> "TRN,Given name,Family name,Date of birth,Email,Programme,"
                + "Training programme,Start date,FTE,Tutor email\r\n" + E2eWorld.newTrn()
                + ",Fresh,Teacher,1990-01-02,,NQT,,2021-06-01,1.0," + world.tutorEmailOf(scope) + "\r\n"));
        // The AB passes the role check and meets the row check (a TRN held by nobody: 400, nothing written);
        // everyone else is refused 403 before the file is read.
        ROUTES.put("POST /outcomes/bulk", new RouteSpec(NO_SCOPE, onlyRoles(Set.of(Caller.AB_ADMIN),
                (caller, scope) -> new Expect(Set.of(400), false)), none(),
                (world, caller, scope) -> "TRN,Outcome,Outcome date\r\n" + E2eWorld.newTrn() + ",PASSED,2022-07-15\r\n"));
        ROUTES.put("GET /exports/caseload.csv", new RouteSpec(NO_SCOPE, onlyRoles(
                Set.of(Caller.AB_ADMIN, Caller.COORDINATOR, Caller.HEADTEACHER), (caller, scope) -> Expect.ok()),
                none(), noBody()));
        ROUTES.put("GET /exports/trs", new RouteSpec(NO_SCOPE, onlyRoles(Set.of(Caller.AB_ADMIN),
                (caller, scope) -> Expect.ok()), none(), noBody()));
        // Asked for a year no one recorded (AuthorizationMatrixE2eTest adds the query): the AB gets its 409.
        ROUTES.put("GET /exports/termly-return.csv", new RouteSpec(NO_SCOPE, onlyRoles(Set.of(Caller.AB_ADMIN),
                (caller, scope) -> new Expect(Set.of(409), false)), none(), noBody()));
        // the PDF is in the JSON's scope: a school the teacher left reads its own period's (CONTRACT.md sections 6, 9)
        ROUTES.put("GET /inductions/{inductionId}/assessments/{assessmentId}/pdf", new RouteSpec(INDUCTIONS,
                reading(Expect.ok()), (world, caller, scope, fresh) -> Map.of("inductionId", world.inductionOf(scope),
                        "assessmentId", "T1-TERMLY"), noBody()));

        // ---------------------------------------------------------------- data-subject rights (README)
        ROUTES.put("GET /me/export", new RouteSpec(NO_SCOPE, (caller, scope) -> Expect.ok(), none(), noBody()));
        ROUTES.put("GET /teachers/{trn}/export", new RouteSpec(INDUCTIONS,
                onlyRoles(Set.of(Caller.AB_ADMIN), (caller, scope) -> Expect.ok()), teacher(), noBody()));
        // the AB admin, and the coordinator of the teacher's current school (both A's teachers here)
        ROUTES.put("PATCH /teachers/{trn}", new RouteSpec(INDUCTIONS, onlyRoles(PROVISIONERS, seeing(Expect.ok())),
                teacher(), (world, caller, scope) -> json(Map.of("givenName", "Rectified"))));
    }

    private MatrixExpectations() {
    }

    /** AB_ADMIN sees every school; everyone else only their own (A). */
    private static boolean schoolVisible(Caller caller, Scope scope) {
        return caller == Caller.AB_ADMIN || scope == Scope.OWN_SCHOOL;
    }

    private static Rule seeing(Expect expect) {
        return (caller, scope) -> MatrixWorld.seesInduction(caller, scope) ? expect : Expect.outOfScope();
    }

    /** As {@link #seeing}, and a former school's coordinator and headteacher read too (CONTRACT.md section 6). */
    private static Rule reading(Expect expect) {
        return (caller, scope) -> MatrixWorld.seesInduction(caller, scope)
                || MatrixWorld.readsAsFormerSchool(caller, scope) ? expect : Expect.outOfScope();
    }

    /** Out of sight: 404; in sight: the listed callers succeed, the rest are forbidden. */
    private static Rule actingAs(Expect expect, Caller... allowed) {
        Set<Caller> may = Set.of(allowed);
        return (caller, scope) -> {
            if (!MatrixWorld.seesInduction(caller, scope)) {
                return Expect.outOfScope();
            }
            return may.contains(caller) ? expect : Expect.forbidden();
        };
    }

    /**
     * A route only some roles may ever call: any other caller is refused 403 whatever the target, before it is
     * looked up (functions/users/README.md, "Order of answers"), so that answer tells nothing about the target;
     * the rest are judged by {@code inScope}.
     */
    private static Rule onlyRoles(Set<Caller> roles, Rule inScope) {
        return (caller, scope) -> roles.contains(caller) ? inScope.expect(caller, scope) : Expect.forbidden();
    }

    private static Targets none() {
        return (world, caller, scope, fresh) -> Map.of();
    }

    private static Targets school() {
        return (world, caller, scope, fresh) -> Map.of("urn", world.urnOf(scope));
    }

    private static Targets induction() {
        return (world, caller, scope, fresh) -> Map.of("inductionId", world.inductionOf(scope));
    }

    /** The scope's teacher by TRN; a fresh teacher when the cell should succeed and writes. */
    private static Targets teacher() {
        return (world, caller, scope, fresh) -> Map.of("trn", fresh ? world.freshTeacher(scope) : world.trnOf(scope));
    }

    private static Targets freshOrShared() {
        return (world, caller, scope, fresh) -> Map.of("inductionId",
                fresh ? world.freshInduction(scope) : world.inductionOf(scope));
    }

    private static Bodies noBody() {
        return (world, caller, scope) -> null;
    }
}
