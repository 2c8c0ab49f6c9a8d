package org.inductionrecords.emulators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.BindException;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void nodeSayingTheAddressIsInUseIsAPortClash() {
        // given cognito-local's exit as Emulators reports it
        var failure = new IllegalStateException("cognito-local exited with 1 on port 43187: "
                + "Error: listen EADDRINUSE: address already in use 127.0.0.1:43187");

        // then it is a clash, so a start on picked ports picks again
        assertTrue(FreePorts.isPortClash(failure));
    }

    @Test
    void aBindExceptionAnywhereInTheCausesIsAPortClash() {
        var failure = new IllegalStateException("S3Proxy did not start",
                new UncheckedIOException(new BindException("Address already in use")));

        assertTrue(FreePorts.isPortClash(failure));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(FreePorts.isPortClash(new IllegalStateException("cognito-local exited with 1: Cannot find module")));
    }
}
