package org.inductionrecords.core.user;

import java.util.Optional;

/** Finds the user record behind an authenticated identity; the first use of an INVITED login activates it. */
public interface CallerLookup {

    Optional<User> findCaller(String userId);
}
