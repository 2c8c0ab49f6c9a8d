package org.inductionrecords.core.error;

import java.util.List;

/**
 * The caller is an AB_ADMIN without TOTP recorded while the rule asks for it (CONTRACT.md section 10): it may
 * read its own record and enrol, nothing else.
 */
public final class MfaRequired extends Rejection {

    public MfaRequired() {
        super("An AB_ADMIN must enable two-factor sign-in (TOTP) first: POST /me/mfa once it is set up.", List.of());
    }
}
