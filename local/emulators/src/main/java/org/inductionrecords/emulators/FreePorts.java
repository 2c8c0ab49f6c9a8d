package org.inductionrecords.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers: a free port from the OS, and a check that a fixed port can be bound. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port nobody listens on right now (bound once and released). */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** The port itself, or a fresh free one when {@code port} is 0. */
    public static int orPick(int port) {
        return port == 0 ? pick() : port;
    }

    /** True when nothing listens on {@code port} on any local address. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when {@code failure} (or a cause) says an address was already in use: Java's or node's words for it. */
    public static boolean isPortClash(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof java.net.BindException || message.contains("EADDRINUSE")
                    || message.contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }
}
