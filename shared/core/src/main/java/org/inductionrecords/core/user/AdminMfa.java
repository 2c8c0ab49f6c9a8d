package org.inductionrecords.core.user;

import org.inductionrecords.core.FunctionEnvironment;

/**
 * Whether an AB_ADMIN needs TOTP before doing anything but read its own record and enrol (CONTRACT.md section 10).
 * Set by the template parameter {@code RequireAdminMfa} through {@link #VARIABLE}; the local stack leaves it off
 * unless {@code --require-admin-mfa} asks.
 */
public enum AdminMfa {
    REQUIRED,
    OFF;

    public static final String VARIABLE = "REQUIRE_ADMIN_MFA";

    /** {@code REQUIRE_ADMIN_MFA=true} turns it on; absent or anything else leaves it off (the template sets it). */
    public static AdminMfa from(FunctionEnvironment environment) {
        return environment.optional(VARIABLE).map("true"::equalsIgnoreCase).orElse(false) ? REQUIRED : OFF;
    }

    /** Whether this caller must enrol before anything else. */
    boolean blocks(User caller) {
        return this == REQUIRED && caller.role() == Role.AB_ADMIN && caller.mfa() != Mfa.TOTP;
    }
}
