package org.inductionrecords.core.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.Page;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.error.NotFound;

/** Schools: the AB registers them; each caller reads those in its scope. */
public final class SchoolRegister {

    private final UserDirectory directory;
    private final AdminMfa adminMfa;
    private final Clock clock;

    public SchoolRegister(UserDirectory directory, AdminMfa adminMfa, Clock clock) {
        this.directory = directory;
        this.adminMfa = adminMfa;
        this.clock = clock;
    }

    public School create(RequestOrigin origin, School school) {
        User caller = caller(origin);
        ProvisioningPolicy.requireMayCreateSchool(caller);
        directory.createSchool(school, ProvisioningAudit.schoolCreated(clock.instant(), origin, school));
        return school;
    }

    /** Every school for an AB_ADMIN; the caller's own school for everyone else. */
    public Page<School> list(RequestOrigin origin, Optional<String> nextToken, int limit) {
        User caller = caller(origin);
        Optional<String> own = ProvisioningPolicy.schoolsListedFor(caller);
        if (own.isEmpty()) {
            return directory.schools(nextToken, limit);
        }
        if (nextToken.isPresent()) {
            // A one-school list has no second page, so no token was ever issued for it.
            throw InvalidInput.of("nextToken", "is not a token this API issued");
        }
        return new Page<>(directory.school(own.get()).map(List::of).orElse(List.of()), Optional.empty());
    }

    public School get(RequestOrigin origin, String urn) {
        DirectoryView view = directory.read(origin.callerId(), Optional.of(urn), Optional.empty(), Optional.empty());
        User caller = Callers.requireActive(view.caller(), adminMfa);
        ProvisioningPolicy.requireMaySeeSchool(caller, urn);
        return view.school().orElseThrow(() -> new NotFound("No such school."));
    }

    private User caller(RequestOrigin origin) {
        return Callers.requireActive(directory.read(origin.callerId(), Optional.empty(), Optional.empty(),
                Optional.empty()).caller(), adminMfa);
    }
}
