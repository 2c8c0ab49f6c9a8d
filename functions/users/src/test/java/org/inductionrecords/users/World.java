package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.inductionrecords.core.user.Role;

/**
 * Two schools and one user of every role in school A, set up the way the contract says it happens: an
 * operator bootstraps the first AB_ADMIN, the AB_ADMIN creates the schools and their coordinators, and
 * school A's coordinator creates its headteacher, tutor and NQT. B has a coordinator too.
 */
final class World {

    static final String A = "100001";
    static final String B = "200002";
    /** A well-formed URN of no school. */
    static final String NOWHERE = "999999";

    final UsersApi api;
    final String domain;
    final String admin;
    final String coordinatorB;
    /** The callers of school A (and the AB_ADMIN), by role. */
    final Map<Role, String> callers = new EnumMap<>(Role.class);

    World(String stackName) {
        this.api = new UsersApi(stackName);
        this.domain = stackName + ".example.org";
        this.admin = api.bootstrapAdmin("admin@" + domain);
        callers.put(Role.AB_ADMIN, admin);
        assertEquals(201, api.createSchool(admin, A, "Ash Primary").status());
        assertEquals(201, api.createSchool(admin, B, "Birch Academy").status());
        callers.put(Role.INDUCTION_COORDINATOR, create(admin, A, "coordinator-a", Role.INDUCTION_COORDINATOR));
        this.coordinatorB = create(admin, B, "coordinator-b", Role.INDUCTION_COORDINATOR);
        String coordinatorA = callers.get(Role.INDUCTION_COORDINATOR);
        for (Role role : new Role[] {Role.HEADTEACHER, Role.INDUCTION_TUTOR, Role.NQT}) {
            callers.put(role, create(coordinatorA, A, role.name().toLowerCase(Locale.ROOT) + "-a", role));
        }
    }

    String email(String localPart) {
        return localPart + "@" + domain;
    }

    /** Provisions a user through the API and answers its userId (an NQT's teacher is registered first). */
    String create(String callerId, String urn, String localPart, Role role) {
        if (role == Role.NQT) {
            api.registerTeacher(urn, UsersApi.trnFor(email(localPart)));
        }
        UsersApi.Response response = api.createUser(callerId, urn, email(localPart), role.name());
        assertEquals(201, response.status(), () -> "creating " + localPart + ": " + response.body());
        return response.text("userId");
    }

    String caller(Role role) {
        return callers.get(role);
    }
}
