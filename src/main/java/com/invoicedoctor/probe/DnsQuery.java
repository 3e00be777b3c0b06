package com.invoicedoctor.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * One DNS question over UDP (RFC 1035), asked straight to a resolver. The system resolver only says
 * "unknown host"; the resolver's own answer code tells a name that does not exist (NXDOMAIN) from a
 * broken server (SERVFAIL, REFUSED) or one that does not answer at all.
 */
final class DnsQuery {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TYPE_A = 1;
    private static final int TYPE_AAAA = 28;

    /** What a resolver answered. */
    enum Kind { answer, nodata, nxdomain, servfail, refused, timeout, unreachable, error }

    /** One resolver's answer and how long it took. */
    record Answer(Kind kind, int records, long ms) {
    }

    private DnsQuery() {
    }

    /** Asks the resolver for the host's IPv4 addresses, and for IPv6 ones when there are none. */
    static Answer ask(InetSocketAddress resolver, String host, int timeoutMs) {
        Answer a = ask(resolver, host, TYPE_A, timeoutMs);
        if (a.kind() == Kind.nodata) {
            Answer aaaa = ask(resolver, host, TYPE_AAAA, timeoutMs);
            return aaaa.kind() == Kind.answer ? aaaa : a;
        }
        return a;
    }

    private static Answer ask(InetSocketAddress resolver, String host, int type, int timeoutMs) {
        Stopwatch clock = Stopwatch.start();
        int id = RANDOM.nextInt(0x10000);
        byte[] query = question(id, host, type);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(timeoutMs);
            socket.connect(resolver);
            socket.send(new DatagramPacket(query, query.length));
            byte[] buffer = new byte[1500];
            while (true) {
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                socket.receive(reply);
                if (reply.getLength() >= 12 && u16(buffer, 0) == id) {
                    return new Answer(kindOf(u16(buffer, 2) & 0xF, u16(buffer, 6)), u16(buffer, 6), clock.ms());
                }
            }
        } catch (SocketTimeoutException e) {
            return new Answer(Kind.timeout, 0, clock.ms());
        } catch (PortUnreachableException e) {
            return new Answer(Kind.unreachable, 0, clock.ms());
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(Kind.error, 0, clock.ms());
        }
    }

    private static Kind kindOf(int rcode, int answers) {
        return switch (rcode) {
            case 0 -> answers > 0 ? Kind.answer : Kind.nodata;
            case 2 -> Kind.servfail;
            case 3 -> Kind.nxdomain;
            case 5 -> Kind.refused;
            default -> Kind.error;
        };
    }

    /** A standard query with recursion desired, one question of the given type, class IN. */
    static byte[] question(int id, String host, int type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) (id >> 8), (byte) id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0});
        for (String label : host.split("\\.")) {
            byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length == 0 || bytes.length > 63) {
                throw new IllegalArgumentException("bad label in " + host);
            }
            out.write(bytes.length);
            out.writeBytes(bytes);
        }
        out.writeBytes(new byte[] {0, 0, (byte) type, 0, 1});
        return out.toByteArray();
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
