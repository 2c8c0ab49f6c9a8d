package org.inductionrecords.core.user;

/** The second factor recorded on a user's record (CONTRACT.md section 10): none yet, or a TOTP device. */
public enum Mfa {
    NONE,
    TOTP
}
