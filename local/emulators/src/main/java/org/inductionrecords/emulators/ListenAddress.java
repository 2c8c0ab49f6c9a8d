package org.inductionrecords.emulators;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The one address every server of the local stack listens on (127.0.0.1 unless told otherwise), and how clients
 * on this machine name it in endpoint URLs.
 */
public record ListenAddress(InetAddress address) {

    /** 127.0.0.1 (not whatever getLoopbackAddress prefers): reachable from this machine only. */
    public static final ListenAddress LOOPBACK = new ListenAddress(ipv4Loopback());

    /** An IP address or a host name; a name is resolved now, so a typo fails before anything starts. */
    public static ListenAddress of(String host) throws UnknownHostException {
        return new ListenAddress(InetAddress.getByName(host));
    }

    /** False when machines other than this one may reach the servers (another interface, or every one). */
    public boolean loopback() {
        return address.isLoopbackAddress();
    }

    /** The address as servers take it: {@code 127.0.0.1}, {@code 0.0.0.0}, {@code fd00::2}. */
    public String literal() {
        return address.getHostAddress();
    }

    /** The address as the host of a URI: IPv6 in brackets. */
    public String uriHost() {
        return address instanceof Inet6Address ? "[" + literal() + "]" : literal();
    }

    /**
     * {@code http://<host>:<port>} as clients here call a server: {@code localhost} when that reaches it (127.0.0.1,
     * or every interface), so endpoints and the tokens' issuer read as they always have; else the address itself.
     */
    public URI url(int port) {
        boolean localhostReaches = address.isAnyLocalAddress() || address.equals(LOOPBACK.address());
        return URI.create("http://" + (localhostReaches ? "localhost" : uriHost()) + ":" + port);
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
