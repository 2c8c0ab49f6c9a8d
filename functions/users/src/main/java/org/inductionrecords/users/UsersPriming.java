package org.inductionrecords.users;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crac.Context;
import org.crac.Resource;
import org.inductionrecords.api.PrimingRequest;
import org.inductionrecords.core.user.NewUser;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.School;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.json.Json;

/**
 * SnapStart priming for UsersFunction: before Lambda snapshots the initialised function, run what a first
 * request needs so that it is in the snapshot already loaded, linked and initialised: a GET /me through the
 * routes for a caller that cannot exist (the DynamoDB client's first real read, answered 401), the validation
 * of sample school and user bodies, the JSON of sample responses, and a Cognito read of a login that cannot
 * exist. Reads only: nothing is written to the table or the user pool.
 */
final class UsersPriming implements Resource {

    static final String SCHOOL_BODY = "{\"urn\":\"100000\",\"name\":\"Priming School\"}";
    static final String USER_BODY = "{\"email\":\"priming@example.org\",\"givenName\":\"Priming\","
            + "\"familyName\":\"Sample\",\"role\":\"INDUCTION_TUTOR\"}";

    private final UsersHandler handler;
    private final Runnable loginsRead;

    UsersPriming(UsersHandler handler, Runnable loginsRead) {
        this.handler = handler;
        this.loginsRead = loginsRead;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        handler.handleRequest(PrimingRequest.get("/me", "/me", Map.of()), null);
        School school = School.read(RequestBody.parse(SCHOOL_BODY));
        NewUser.read(RequestBody.parse(USER_BODY));
        User sample = new User("priming", "priming@example.org", "Priming", "Sample", Role.INDUCTION_TUTOR,
                Optional.of(school.urn()), Optional.empty(), UserStatus.ACTIVE);
        // A list, so databind's serializers (lists answer through the mapper) are primed too, not only the
        // user record's own writer.
        Json.write(new ListResponse<>(List.of(UserResponse.of(sample)), Optional.empty()));
        Json.write(SchoolResponse.of(school));
        loginsRead.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the clients hold no connection across the snapshot that must be reopened, and
        // credentials are resolved per request.
    }
}
