package org.inductionrecords.core.user;

import java.util.Optional;

/**
 * What one read of the directory found: each part empty when not asked for or not there. {@code teacher}
 * is read only for a TRN asked about (an NQT login being provisioned).
 */
public record DirectoryView(Optional<User> caller, Optional<School> school, Optional<User> user,
                            Optional<String> emailOwner, Optional<TeacherOfTrn> teacher) {

    public DirectoryView(Optional<User> caller, Optional<School> school, Optional<User> user,
                         Optional<String> emailOwner) {
        this(caller, school, user, emailOwner, Optional.empty());
    }
}
