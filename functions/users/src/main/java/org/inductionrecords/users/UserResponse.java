package org.inductionrecords.users;

import java.util.Optional;
import org.inductionrecords.core.user.User;

/** The contract's user record: {@code schoolUrn} absent for AB_ADMIN, {@code trn} only for NQT. */
record UserResponse(String userId, String email, String givenName, String familyName, String role,
                    Optional<String> schoolUrn, Optional<String> trn, String status) {

    static UserResponse of(User user) {
        return new UserResponse(user.userId(), user.email(), user.givenName(), user.familyName(),
                user.role().name(), user.schoolUrn(), user.trn(), user.status().name());
    }
}
