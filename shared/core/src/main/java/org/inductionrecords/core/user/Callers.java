package org.inductionrecords.core.user;

import org.inductionrecords.core.error.Forbidden;

/** Every request's first step: the token says who; the system's own record says whether, and as what. */
public final class Callers {

    private Callers() {
    }

    public static User requireActive(CallerLookup lookup, String userId) {
        User user = lookup.findCaller(userId)
                .orElseThrow(() -> new Forbidden("No active user record for this login."));
        if (!user.isActive()) {
            throw new Forbidden("This user is suspended.");
        }
        return user;
    }
}
