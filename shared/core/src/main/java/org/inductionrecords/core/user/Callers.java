package org.inductionrecords.core.user;

import java.util.Optional;
import org.inductionrecords.core.error.Forbidden;

/** Every request's first step: the token says who; the system's own record says whether, and as what. */
public final class Callers {

    private Callers() {
    }

    public static User requireActive(CallerLookup lookup, String userId) {
        return requireActive(lookup.findCaller(userId));
    }

    /** The same check on a caller's record already read (e.g. together with what the request is about). */
    public static User requireActive(Optional<User> found) {
        User user = found.orElseThrow(() -> new Forbidden("No active user record for this login."));
        if (!user.isActive()) {
            throw new Forbidden("This user is suspended.");
        }
        return user;
    }
}
