package org.inductionrecords.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test helper: the addresses this machine listens on at a TCP port, as the kernel lists them (what
 * {@code ss -ltn} shows), from /proc/net/tcp and /proc/net/tcp6: the address each server socket is bound to,
 * whatever a connection attempt from here could tell.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private ListeningSockets() {
    }

    /** e.g. {@code [127.0.0.1]}; {@code 0.0.0.0} or {@code ::} for every interface. */
    static Set<String> addressesOn(int port) {
        if (!Files.isReadable(TABLES.get(0))) {
            throw new IllegalStateException("Cannot list listening sockets: /proc/net/tcp is not readable here"
                    + " (this check reads the Linux kernel's socket table)");
        }
        Set<String> addresses = new TreeSet<>();
        for (Path table : TABLES) {
            if (!Files.isReadable(table)) {
                continue;   // a kernel without IPv6
            }
            for (String line : lines(table)) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length < 4 || !columns[3].equals(LISTEN) || !columns[1].contains(":")) {
                    continue;
                }
                String[] local = columns[1].split(":");
                if (Integer.parseInt(local[1], 16) == port) {
                    addresses.add(address(local[0]).getHostAddress());
                }
            }
        }
        return addresses;
    }

    private static List<String> lines(Path table) {
        try {
            return Files.readAllLines(table).stream().skip(1).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) order. */
    private static InetAddress address(String hex) {
        byte[] raw = HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                bytes[word + i] = raw[word + 3 - i];
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
