package org.inductionrecords.core.user;

import java.util.Optional;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.error.MfaRequired;

/**
 * Every request's first step: the token says who; the system's own record says whether, and as what. The one place
 * that decides whether a caller may act at all: an active record and, for an AB_ADMIN while {@link AdminMfa} asks,
 * TOTP recorded (CONTRACT.md sections 2 and 10).
 */
public final class Callers {

    private Callers() {
    }

    public static User requireActive(CallerLookup lookup, String userId, AdminMfa adminMfa) {
        return requireActive(lookup.findCaller(userId), adminMfa);
    }

    /** The same check on a caller's record already read (e.g. together with what the request is about). */
    public static User requireActive(Optional<User> found, AdminMfa adminMfa) {
        User user = requireActiveBeforeMfa(found);
        if (adminMfa.blocks(user)) {
            throw new MfaRequired();
        }
        return user;
    }

    /**
     * Only for the two routes an AB_ADMIN needs to enrol, {@code GET /me} and {@code POST /me/mfa}: an active
     * record, with or without the second factor.
     */
    public static User requireActiveBeforeMfa(Optional<User> found) {
        User user = found.orElseThrow(() -> new Forbidden("No active user record for this login."));
        if (!user.isActive()) {
            throw new Forbidden("This user is suspended.");
        }
        return user;
    }
}
