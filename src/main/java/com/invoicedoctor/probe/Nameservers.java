package com.invoicedoctor.probe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The DNS servers the system asks, and where that list came from.
 *
 * @param servers UDP addresses of the resolvers, in the order the system tries them
 * @param origin  where they were read ("/etc/resolv.conf"), for the probe's detail
 */
record Nameservers(List<InetSocketAddress> servers, String origin) {

    Nameservers {
        servers = List.copyOf(servers);
    }

    /** Reads the nameserver lines of a resolv.conf file; none when it is missing (as on Windows). */
    static Nameservers fromResolvConf(Path file) {
        List<InetSocketAddress> list = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 2 && words[0].equals("nameserver")) {
                    String address = words[1].contains("%") ? words[1].substring(0, words[1].indexOf('%')) : words[1];
                    list.add(new InetSocketAddress(address, 53));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Nameservers(List.of(), file + " (unreadable)");
        }
        return new Nameservers(list, file.toString());
    }

    @Override
    public String toString() {
        if (servers.isEmpty()) {
            return "no nameserver in " + origin;
        }
        List<String> names = servers.stream()
                .map(s -> s.getHostString() + (s.getPort() == 53 ? "" : ":" + s.getPort())).toList();
        return String.join(", ", names) + " from " + origin;
    }
}
