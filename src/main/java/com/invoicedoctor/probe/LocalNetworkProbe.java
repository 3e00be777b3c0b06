package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import com.invoicedoctor.engine.Observation;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The machine's own network: interfaces that are up and their addresses, a 169.254 (APIPA) address that
 * means DHCP gave none, the default gateway, and whether the gateway answers.
 */
final class LocalNetworkProbe {
    static final String NAME = "local";
    private static final Duration GATEWAY_TIMEOUT = Duration.ofMillis(1500);
    private static final int[] GATEWAY_PORTS = {53, 80, 443};

    private final Path procRoute;

    LocalNetworkProbe(Path procRoute) {
        this.procRoute = procRoute;
    }

    Measured<Void> run(Target target, Deadline deadline) throws SocketException {
        Stopwatch clock = Stopwatch.start();
        List<String> usable = new ArrayList<>();
        List<String> apipa = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InterfaceAddress ia : nic.getInterfaceAddresses()) {
                InetAddress a = ia.getAddress();
                String text = nic.getName() + " " + a.getHostAddress().replaceAll("%.*", "") + "/" + ia.getNetworkPrefixLength();
                if (a instanceof Inet4Address && a.isLinkLocalAddress()) {
                    apipa.add(text);
                } else if (!a.isLinkLocalAddress() && !a.isLoopbackAddress()) {
                    usable.add(text);
                }
            }
        }
        List<Observation> facts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(usable.isEmpty() ? "no interface with a usable address" : "addresses: " + String.join(", ", usable));
        facts.add(fact("net.local.connected", usable.isEmpty() ? "no" : "yes", notes.get(0)));
        boolean bad = usable.isEmpty();
        if (!apipa.isEmpty()) {
            String detail = "self-assigned 169.254 address (no answer from DHCP): " + String.join(", ", apipa);
            notes.add(detail);
            facts.add(fact("net.local.apipa", "yes", detail));
            bad = true;
        } else if (!usable.isEmpty()) {
            facts.add(fact("net.local.apipa", "no", notes.get(0)));
        }
        DefaultGateway.Found gateway = DefaultGateway.find(procRoute, deadline.millis(GATEWAY_TIMEOUT));
        notes.add(gateway.how());
        if (gateway.address().isPresent()) {
            facts.add(fact("net.local.default-route", "yes", gateway.how()));
            if (isLocal(target)) {
                notes.add("the endpoint is on this machine, so the gateway is not on the way");
            } else {
                String answer = answers(gateway.address().get(), deadline);
                notes.add("gateway " + answer);
                boolean reachable = !answer.startsWith("does not");
                facts.add(fact("net.gateway.reachable", reachable ? "yes" : "no", gateway.how() + "; gateway " + answer));
                bad |= !reachable;
            }
        } else if (!gateway.how().startsWith("unknown")) {
            facts.add(fact("net.local.default-route", "no", gateway.how()));
            bad = true;
        }
        String detail = String.join("; ", notes);
        return new Measured<>(null, new ProbeResult(NAME, bad ? ProbeStatus.fail : ProbeStatus.ok, detail, clock.ms()), facts);
    }

    /** "answers …" or "does not answer …": ICMP echo (or TCP echo without privileges), then a few common ports. */
    private static String answers(String gateway, Deadline deadline) {
        Stopwatch clock = Stopwatch.start();
        try {
            InetAddress address = InetAddress.getByName(gateway);
            if (address.isReachable(deadline.millis(GATEWAY_TIMEOUT))) {
                return "answers ping in " + clock.ms() + " ms";
            }
            for (int port : GATEWAY_PORTS) {
                Connect.Attempt a = Connect.once(new InetSocketAddress(address, port), deadline.millis(Duration.ofMillis(500)));
                if (a.ok() || a.outcome().equals("refused")) {
                    return "answers on TCP port " + port + " (" + a.outcome() + ") after " + clock.ms() + " ms";
                }
            }
        } catch (IOException e) {
            return "does not answer: " + e.getMessage();
        }
        return "does not answer ping or TCP " + java.util.Arrays.toString(GATEWAY_PORTS) + " within " + clock.ms() + " ms";
    }

    private static boolean isLocal(Target target) {
        String host = target.host();
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
