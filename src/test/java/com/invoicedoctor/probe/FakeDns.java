package com.invoicedoctor.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

/** A DNS server on 127.0.0.1 that answers every question with one fixed answer code (NXDOMAIN by default). */
final class FakeDns implements AutoCloseable {
    private final DatagramSocket socket;

    FakeDns(int rcode) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread thread = new Thread(() -> serve(rcode), "fake-dns");
        thread.setDaemon(true);
        thread.start();
    }

    static FakeDns nxdomain() throws IOException {
        return new FakeDns(3);
    }

    Nameservers nameservers() {
        return new Nameservers(java.util.List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort())), "the test");
    }

    private void serve(int rcode) {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                socket.receive(query);
                byte[] reply = Arrays.copyOf(query.getData(), query.getLength());
                reply[2] = (byte) 0x81;                  // QR, RD
                reply[3] = (byte) (0x80 | rcode);        // RA and the answer code
                socket.send(new DatagramPacket(reply, reply.length, query.getSocketAddress()));
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
