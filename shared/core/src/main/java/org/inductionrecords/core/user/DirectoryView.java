package org.inductionrecords.core.user;

import java.util.Optional;

/** What one read of the directory found: each part empty when not asked for or not there. */
public record DirectoryView(Optional<User> caller, Optional<School> school, Optional<User> user,
                            Optional<String> emailOwner) {
}
