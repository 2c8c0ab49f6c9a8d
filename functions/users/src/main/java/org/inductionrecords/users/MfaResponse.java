package org.inductionrecords.users;

/** {@code POST /me/mfa}'s answer: the second factor now recorded (CONTRACT.md section 10). */
record MfaResponse(String mfa) {
}
