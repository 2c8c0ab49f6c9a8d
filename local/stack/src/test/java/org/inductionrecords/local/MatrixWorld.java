package org.inductionrecords.local;

import static org.inductionrecords.local.E2eWorld.assessment;
import static org.inductionrecords.local.E2eWorld.json;
import static org.inductionrecords.local.E2eWorld.newTrn;
import static org.inductionrecords.local.E2eWorld.newUrn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.inductionrecords.local.E2eWorld.Person;

/**
 * The one world of {@link AuthorizationMatrixE2eTest}, built once through the API: two schools A and B,
 * each with a coordinator, a headteacher, two tutors and an NQT whose induction (assigned to the first
 * tutor) has assessments signed and submitted; school A also has another teacher's induction assigned to
 * the same tutor, and a headteacher suspended while its token is still valid. Every caller of the matrix
 * belongs to school A (or is the AB admin). Names, emails and school names are distinctive markers, so a
 * body can be searched for data the caller must not see.
 */
final class MatrixWorld {

    /** Who calls: school A's people, the AB admin, a suspended user and nobody. */
    enum Caller {
        AB_ADMIN, COORDINATOR, HEADTEACHER, ASSIGNED_TUTOR, UNASSIGNED_TUTOR, NQT, SUSPENDED_USER, NO_TOKEN
    }

    /** What a cell is about, relative to the caller (all callers but the admin are school A's). */
    enum Scope {
        /** The route names no resource (GET /me, POST /schools, GET /schools). */
        NONE,
        OWN_SCHOOL, OTHER_SCHOOL,
        /** The NQT caller's own induction, assigned to the assigned tutor. */
        OWN_INDUCTION,
        /** Another teacher's induction at school A, assigned to the same tutor. */
        OTHER_TEACHER_INDUCTION,
        /** School B's NQT's induction. */
        OTHER_SCHOOL_INDUCTION,
        /**
         * An induction that began at school A (assigned to the assigned tutor, T1-TERMLY written there), left A and
         * continued at school B (T2-TERMLY written there): A is its former school (CONTRACT.md section 6).
         */
        FORMER_SCHOOL_INDUCTION,
        /** The caller's own user record. */
        OWN_USER,
        /** A tutor of school A (a user a coordinator manages). */
        OWN_SCHOOL_TUTOR,
        /** School B's coordinator (a user only the admin manages). */
        OTHER_SCHOOL_COORDINATOR
    }

    record SchoolSide(String urn, String name, Person coordinator, Person headteacher, Person tutor,
                      Person otherTutor, Person nqt, String inductionId) {
    }

    /** An induction's teacher as registered: every field a marker. */
    record Teacher(String trn, String givenName, String familyName, String dateOfBirth, String email) {
        Set<String> markers() {
            return Set.of(givenName, familyName, dateOfBirth, email);
        }
    }

    final RunningStack local;
    final String admin;
    final SchoolSide a;
    final SchoolSide b;
    final String otherTeacherInductionId;
    final String movedInductionId;
    final Person suspended;
    final String adminUserId;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<String, Teacher> teachers = new java.util.HashMap<>();
    private final String tag = Long.toHexString(System.nanoTime()).substring(4);

    MatrixWorld(RunningStack local) {
        this.local = local;
        this.admin = local.adminToken();
        this.adminUserId = local.call("GET", "/me", admin, null).json().get("userId").asText();
        this.a = side("A");
        this.b = side("B");
        Teacher other = teacher("Otherteach");
        this.otherTeacherInductionId = register(a, other);
        teachers.put(otherTeacherInductionId, other);
        submitAndSign(a, otherTeacherInductionId, false);
        Teacher moved = teacher("Moved");
        this.movedInductionId = moved(moved);
        teachers.put(movedInductionId, moved);
        this.suspended = E2eWorld.person(local, a.coordinator().token(), a.urn(), "HEADTEACHER", null);
        assertEquals(200, local.call("POST", "/users/" + suspended.userId() + "/suspend", a.coordinator().token(),
                null).status());
        tokens.put(Caller.AB_ADMIN, admin);
        tokens.put(Caller.COORDINATOR, a.coordinator().token());
        tokens.put(Caller.HEADTEACHER, a.headteacher().token());
        tokens.put(Caller.ASSIGNED_TUTOR, a.tutor().token());
        tokens.put(Caller.UNASSIGNED_TUTOR, a.otherTutor().token());
        tokens.put(Caller.NQT, a.nqt().token());
        tokens.put(Caller.SUSPENDED_USER, suspended.token());
    }

    private SchoolSide side(String label) {
        String urn = newUrn();
        String name = "Matrixschool" + label + tag;
        assertEquals(201, local.call("POST", "/schools", admin, json(Map.of("urn", urn, "name", name))).status());
        Person coordinator = E2eWorld.person(local, admin, urn, "INDUCTION_COORDINATOR", null);
        Person headteacher = E2eWorld.person(local, coordinator.token(), urn, "HEADTEACHER", null);
        Person tutor = E2eWorld.person(local, coordinator.token(), urn, "INDUCTION_TUTOR", null);
        Person otherTutor = E2eWorld.person(local, coordinator.token(), urn, "INDUCTION_TUTOR", null);
        Teacher teacher = teacher("Nqt" + label);
        // An NQT login is created only for a teacher with an induction in progress at the school.
        String inductionId = register(new SchoolSide(urn, name, coordinator, headteacher, tutor, otherTutor, null, null),
                teacher);
        teachers.put(inductionId, teacher);
        Person nqt = E2eWorld.person(local, coordinator.token(), urn, "NQT", teacher.trn());
        SchoolSide side = new SchoolSide(urn, name, coordinator, headteacher, tutor, otherTutor, nqt, inductionId);
        submitAndSign(side, inductionId, label.equals("A"));
        return side;
    }

    private Teacher teacher(String label) {
        String dateOfBirth = switch (label) {
            case "NqtA" -> "1963-04-17";
            case "NqtB" -> "1964-05-18";
            case "Moved" -> "1965-06-19";
            default -> "1962-03-16";
        };
        return new Teacher(newTrn(), "Given" + label + tag, "Family" + label + tag, dateOfBirth,
                "teacher." + label.toLowerCase() + tag + "@example.org");
    }

    private String register(SchoolSide side, Teacher teacher) {
        RunningStack.Response created = local.call("POST", "/schools/" + side.urn() + "/inductions",
                side.coordinator().token(), json(registrationBody(side, teacher)));
        assertEquals(201, created.status(), created.body());
        return created.json().get("inductionId").asText();
    }

    private static ObjectNode registrationBody(SchoolSide side, Teacher teacher) {
        ObjectNode body = E2eWorld.object();
        body.putObject("teacher").put("trn", teacher.trn()).put("givenName", teacher.givenName())
                .put("familyName", teacher.familyName()).put("dateOfBirth", teacher.dateOfBirth());
        if (teacher.email() != null) {
            ((ObjectNode) body.get("teacher")).put("email", teacher.email());
        }
        body.put("programme", "NQT").put("startDate", E2eWorld.NQT_START.toString()).put("fte", 1.0)
                .put("tutorUserId", side.tutor().userId());
        return body;
    }

    /**
     * The teacher registered at A (the assigned tutor's, T1-TERMLY submitted and signed there), leaving A on
     * 2021-07-20 and continued at B from 2021-08-02 (T2-TERMLY submitted there by B's tutor).
     */
    private String moved(Teacher teacher) {
        String inductionId = register(a, teacher);
        String path = "/inductions/" + inductionId + "/assessments";
        submit(a, path, "TERMLY", 1);
        sign(a, path, "T1-TERMLY");
        RunningStack.Response left = local.call("POST", "/inductions/" + inductionId + "/leave",
                a.coordinator().token(), json(Map.of("leaveDate", "2021-07-20")));
        assertEquals(200, left.status(), left.body());
        ObjectNode body = registrationBody(b, teacher);
        body.put("startDate", "2021-08-02");
        RunningStack.Response joined = local.call("POST", "/schools/" + b.urn() + "/inductions",
                b.coordinator().token(), json(body));
        assertEquals(201, joined.status(), joined.body());
        submit(b, path, "TERMLY", 2);
        return inductionId;
    }

    /**
     * T1-TERMLY and T2-TERMLY signed, and on school A's NQT's own induction also T3-FINAL submitted;
     * elsewhere T2-TERMLY stays submitted. (The NQT acknowledges T1 in the matrix itself.)
     */
    private void submitAndSign(SchoolSide side, String inductionId, boolean withFinal) {
        String path = "/inductions/" + inductionId + "/assessments";
        submit(side, path, "TERMLY", 1);
        sign(side, path, "T1-TERMLY");
        submit(side, path, "TERMLY", 2);
        if (withFinal) {
            sign(side, path, "T2-TERMLY");
            submit(side, path, "FINAL", 3);
        }
    }

    private void submit(SchoolSide side, String path, String kind, int term) {
        RunningStack.Response submitted = local.call("POST", path, side.tutor().token(), json(assessment(kind, term)));
        assertEquals(201, submitted.status(), submitted.body());
    }

    private void sign(SchoolSide side, String path, String assessmentId) {
        RunningStack.Response signed = local.call("POST", path + "/" + assessmentId + "/sign",
                side.headteacher().token(), null);
        assertEquals(200, signed.status(), signed.body());
    }

    // ---------------------------------------------------------------- what the matrix reads of the world

    /** The caller's token; null for {@link Caller#NO_TOKEN}. */
    String token(Caller caller) {
        return tokens.get(caller);
    }

    String inductionOf(Scope scope) {
        return switch (scope) {
            case OWN_INDUCTION -> a.inductionId();
            case OTHER_TEACHER_INDUCTION -> otherTeacherInductionId;
            case OTHER_SCHOOL_INDUCTION -> b.inductionId();
            case FORMER_SCHOOL_INDUCTION -> movedInductionId;
            default -> throw new IllegalArgumentException(scope + " names no induction");
        };
    }

    String urnOf(Scope scope) {
        return switch (scope) {
            case OWN_SCHOOL -> a.urn();
            case OTHER_SCHOOL -> b.urn();
            default -> throw new IllegalArgumentException(scope + " names no school");
        };
    }

    /** The TRN of the teacher of the scope's induction. */
    String trnOf(Scope scope) {
        return teacherOf(scope).trn();
    }

    /** The teacher of the scope's induction, as registered. */
    Teacher teacherOf(Scope scope) {
        return teachers.get(inductionOf(scope));
    }

    /** A SUBMITTED assessment of the scope's induction (what sign acts on). */
    String submittedAssessmentOf(Scope scope) {
        return scope == Scope.OWN_INDUCTION ? "T3-FINAL" : "T2-TERMLY";
    }

    /** A SIGNED assessment of the scope's induction that stays signed (what refused acknowledgements aim at). */
    String signedAssessmentOf(Scope scope) {
        return scope == Scope.OWN_INDUCTION ? "T2-TERMLY" : "T1-TERMLY";
    }

    /** Whether the caller may see the whole of the scope's induction (CONTRACT.md section 2, visibility). */
    static boolean seesInduction(Caller caller, Scope scope) {
        return switch (caller) {
            case AB_ADMIN -> true;
            case COORDINATOR, HEADTEACHER, ASSIGNED_TUTOR -> scope != Scope.OTHER_SCHOOL_INDUCTION
                    && scope != Scope.FORMER_SCHOOL_INDUCTION;
            case NQT -> scope == Scope.OWN_INDUCTION;
            case UNASSIGNED_TUTOR, SUSPENDED_USER, NO_TOKEN -> false;
        };
    }

    /**
     * Whether the caller reads the scope's induction as its former school: the basic fields and the assessments
     * of its own period (CONTRACT.md section 6: the coordinator and headteacher of the school left; its tutor
     * nothing).
     */
    static boolean readsAsFormerSchool(Caller caller, Scope scope) {
        return scope == Scope.FORMER_SCHOOL_INDUCTION && (caller == Caller.COORDINATOR || caller == Caller.HEADTEACHER);
    }

    /** Every distinctive value of the world: school names, staff emails, teachers' names, dates of birth, emails. */
    Set<String> allMarkers() {
        Set<String> markers = new HashSet<>(visibleMarkers(Caller.AB_ADMIN));
        markers.add(suspended.email());
        return markers;
    }

    /** The markers the caller may ever be shown; any other in an answer is a leak. */
    Set<String> visibleMarkers(Caller caller) {
        Set<String> visible = new HashSet<>();
        switch (caller) {
            case AB_ADMIN -> {
                for (SchoolSide side : new SchoolSide[] {a, b}) {
                    visible.add(side.name());
                    visible.addAll(staffEmails(side));
                }
                teachers.values().forEach(t -> visible.addAll(t.markers()));
                visible.add(suspended.email());
            }
            case COORDINATOR, HEADTEACHER -> {
                visible.add(a.name());
                visible.addAll(staffEmails(a));
                visible.add(suspended.email());
                visible.addAll(teachers.get(a.inductionId()).markers());
                visible.addAll(teachers.get(otherTeacherInductionId).markers());
                visible.addAll(teachers.get(movedInductionId).markers());
            }
            case ASSIGNED_TUTOR -> {
                visible.add(a.name());
                visible.add(a.tutor().email());
                visible.addAll(teachers.get(a.inductionId()).markers());
                visible.addAll(teachers.get(otherTeacherInductionId).markers());
            }
            case UNASSIGNED_TUTOR -> {
                visible.add(a.name());
                visible.add(a.otherTutor().email());
            }
            case NQT -> {
                visible.add(a.name());
                visible.add(a.nqt().email());
                visible.addAll(teachers.get(a.inductionId()).markers());
            }
            case SUSPENDED_USER, NO_TOKEN -> {
                // nothing at all
            }
        }
        return visible;
    }

    private static Set<String> staffEmails(SchoolSide side) {
        return Set.of(side.coordinator().email(), side.headteacher().email(), side.tutor().email(),
                side.otherTutor().email(), side.nqt().email());
    }

    // ---------------------------------------------------------------- fresh targets for cells that succeed

    /** A new induction of the scope's school, assigned to that school's first tutor, with a generic teacher. */
    String freshInduction(Scope scope) {
        return freshTeacherInduction(scope, newTrn());
    }

    /** The TRN of a new teacher with an induction as {@link #freshInduction} (a rectification aims at it). */
    String freshTeacher(Scope scope) {
        String trn = newTrn();
        freshTeacherInduction(scope, trn);
        return trn;
    }

    /** A's, B's, or (former school) registered at A, left and continued at B. */
    private String freshTeacherInduction(Scope scope, String trn) {
        Teacher fresh = new Teacher(trn, "Fresh", "Teacher", "1990-01-01", null);
        if (scope != Scope.FORMER_SCHOOL_INDUCTION) {
            return register(scope == Scope.OTHER_SCHOOL_INDUCTION ? b : a, fresh);
        }
        String inductionId = register(a, fresh);
        assertEquals(200, local.call("POST", "/inductions/" + inductionId + "/leave", a.coordinator().token(),
                json(Map.of("leaveDate", "2021-07-20"))).status());
        ObjectNode body = registrationBody(b, fresh);
        body.put("startDate", "2021-08-02");
        RunningStack.Response joined = local.call("POST", "/schools/" + b.urn() + "/inductions",
                b.coordinator().token(), json(body));
        assertEquals(201, joined.status(), joined.body());
        return inductionId;
    }

    /** A new induction as {@link #freshInduction} with T1-TERMLY submitted by its tutor. */
    String freshInductionWithSubmission(Scope scope) {
        String inductionId = freshInduction(scope);
        submit(scope == Scope.OTHER_SCHOOL_INDUCTION || scope == Scope.FORMER_SCHOOL_INDUCTION ? b : a, "/inductions/" + inductionId + "/assessments",
                "TERMLY", 1);
        return inductionId;
    }

    /** A new induction as {@link #freshInductionWithSubmission} with T1-TERMLY signed by its headteacher. */
    String freshInductionWithSigned(Scope scope) {
        String inductionId = freshInductionWithSubmission(scope);
        // a former school's induction is at B now (moved there), so B's headteacher signs it, as for another school's
        sign(scope == Scope.OTHER_SCHOOL_INDUCTION || scope == Scope.FORMER_SCHOOL_INDUCTION ? b : a,
                "/inductions/" + inductionId + "/assessments", "T1-TERMLY");
        return inductionId;
    }

    /** A new user of the scope's kind, provisioned by whoever may (and suspended first when asked). */
    String freshUser(Scope scope, boolean suspend) {
        boolean tutor = scope == Scope.OWN_SCHOOL_TUTOR;
        String provisioner = tutor ? a.coordinator().token() : admin;
        String urn = tutor ? a.urn() : b.urn();
        RunningStack.Response created = E2eWorld.provision(local, provisioner, urn, E2eWorld.email("fresh"),
                tutor ? "INDUCTION_TUTOR" : "INDUCTION_COORDINATOR", null);
        assertEquals(201, created.status(), created.body());
        String userId = created.json().get("userId").asText();
        if (suspend) {
            assertEquals(200, local.call("POST", "/users/" + userId + "/suspend", provisioner, null).status());
        }
        return userId;
    }

    /** The caller's own userId (for no token, some user's: the request names one either way). */
    String userIdOf(Caller caller) {
        return switch (caller) {
            case AB_ADMIN -> adminUserId;
            case COORDINATOR -> a.coordinator().userId();
            case HEADTEACHER -> a.headteacher().userId();
            case ASSIGNED_TUTOR, NO_TOKEN -> a.tutor().userId();
            case UNASSIGNED_TUTOR -> a.otherTutor().userId();
            case NQT -> a.nqt().userId();
            case SUSPENDED_USER -> suspended.userId();
        };
    }

    /** The shared user of the scope (refusals aim at it and must leave it as it is). */
    String userOf(Scope scope) {
        return scope == Scope.OWN_SCHOOL_TUTOR ? a.tutor().userId() : b.coordinator().userId();
    }

    String tutorEmailOf(Scope scope) {
        return scope == Scope.OTHER_SCHOOL ? b.tutor().email() : a.tutor().email();
    }

    String tutorOf(Scope scope) {
        return scope == Scope.OTHER_SCHOOL ? b.tutor().userId() : a.tutor().userId();
    }

    /** The tutor of the school the scope's induction is at now. */
    String currentTutorOf(Scope scope) {
        return scope == Scope.OTHER_SCHOOL_INDUCTION || scope == Scope.FORMER_SCHOOL_INDUCTION
                ? b.tutor().userId() : a.tutor().userId();
    }
}
