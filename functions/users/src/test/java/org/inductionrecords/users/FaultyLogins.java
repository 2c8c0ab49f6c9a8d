package org.inductionrecords.users;

import java.util.concurrent.atomic.AtomicBoolean;
import org.inductionrecords.core.user.Logins;

/**
 * The real identity provider with one step failing once: the faults no emulator produces on demand (the
 * function dying after Cognito's invitation, Cognito not answering a disable).
 */
final class FaultyLogins implements Logins {

    enum Fault {
        /** The invitation is sent, then the function dies before writing anything. */
        DIES_AFTER_INVITING,
        /** Disabling the login fails once. */
        DISABLE_FAILS
    }

    private final Logins real;
    private final Fault fault;
    private final AtomicBoolean happened = new AtomicBoolean();

    FaultyLogins(Logins real, Fault fault) {
        this.real = real;
        this.fault = fault;
    }

    /** Whether the fault has been injected. */
    boolean happened() {
        return happened.get();
    }

    @Override
    public String invite(String email, String givenName, String familyName) {
        String sub = real.invite(email, givenName, familyName);
        if (fault == Fault.DIES_AFTER_INVITING && !happened.getAndSet(true)) {
            throw new IllegalStateException("injected: the function died after the invitation");
        }
        return sub;
    }

    @Override
    public void disable(String email) {
        if (fault == Fault.DISABLE_FAILS && !happened.getAndSet(true)) {
            throw new IllegalStateException("injected: the identity provider did not answer");
        }
        real.disable(email);
    }

    @Override
    public void enable(String email) {
        real.enable(email);
    }

    @Override
    public void delete(String email) {
        real.delete(email);
    }

    @Override
    public boolean softwareTokenMfaEnabled(String email) {
        return real.softwareTokenMfaEnabled(email);
    }
}
