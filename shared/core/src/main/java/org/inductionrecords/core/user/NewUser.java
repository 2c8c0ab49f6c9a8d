package org.inductionrecords.core.user;

import java.util.Objects;
import java.util.Optional;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.core.validation.Text;

/**
 * A user to provision, as asked for: {@code {email, givenName, familyName, role, trn?}}. The email is
 * normalised to lower case (it is the login's username and the uniqueness key); a TRN comes with an
 * NQT and with no other role.
 */
public record NewUser(String email, String givenName, String familyName, Role role, Optional<String> trn) {

    public NewUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(trn, "trn");
    }

    public static NewUser read(RequestBody body) {
        String email = body.email("email");
        String givenName = body.name("givenName");
        String familyName = body.name("familyName");
        Role role = body.requiredEnum("role", Role.class);
        Optional<String> trn = Optional.empty();
        if (role == Role.NQT) {
            trn = Optional.ofNullable(body.matching("trn", Text.TRN, "must be a 7-digit TRN"));
        } else if (body.has("trn")) {
            body.reject("trn", "is only for the NQT role");
        }
        body.done();
        return new NewUser(email, givenName, familyName, role, trn);
    }

    /** The first AB_ADMIN, as the bootstrap invocation gives it: {@code {email, givenName, familyName}}. */
    public static NewUser readFirstAdmin(RequestBody body) {
        return readBootstrap(body).admin();
    }

    /** A bootstrap invocation: the admin, and whether it is the operator's recovery override. */
    public record Bootstrap(NewUser admin, boolean recover) {
    }

    /** {@code {email, givenName, familyName, recover?}}. */
    public static Bootstrap readBootstrap(RequestBody body) {
        String email = body.email("email");
        String givenName = body.name("givenName");
        String familyName = body.name("familyName");
        boolean recover = body.optionalBoolean("recover").orElse(false);
        body.done();
        return new Bootstrap(new NewUser(email, givenName, familyName, Role.AB_ADMIN, Optional.empty()), recover);
    }

    /** The record this request becomes once the login exists: INVITED until its first use. */
    public User toUser(String userId, Optional<String> schoolUrn) {
        return new User(userId, email, givenName, familyName, role, schoolUrn, trn, UserStatus.INVITED);
    }
}
