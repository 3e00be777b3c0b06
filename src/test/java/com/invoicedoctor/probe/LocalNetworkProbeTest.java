package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalNetworkProbeTest {
    private static final String HEADER = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
    private final Target remote = Target.of(URI.create("https://fpsc.example.test:8001/"));

    @TempDir
    Path dir;

    @Test
    void the_default_gateway_is_read_from_the_linux_routing_table() throws IOException {
        Path route = write(HEADER + "eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
                + "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n");
        assertThat(DefaultGateway.fromProcRoute(route).address()).contains("192.168.1.1");
    }

    @Test
    void a_gateway_that_answers_is_reachable() throws Exception {
        Path route = write(HEADER + "lo\t00000000\t0100007F\t0003\t0\t0\t0\t00000000\t0\t0\t0\n");
        Measured<Void> m = new LocalNetworkProbe(route).run(remote, Deadline.after(Duration.ofSeconds(3)));
        assertThat(m.observations()).anySatisfy(o -> {
            assertThat(o.id()).isEqualTo("net.gateway.reachable");
            assertThat(o.value()).isEqualTo("yes");
        });
        assertThat(m.observations()).anySatisfy(o -> assertThat(o.id()).isEqualTo("net.local.default-route"));
    }

    @Test
    void a_table_without_a_default_route_says_so() throws Exception {
        Path route = write(HEADER + "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n");
        Measured<Void> m = new LocalNetworkProbe(route).run(remote, Deadline.after(Duration.ofSeconds(3)));
        assertThat(m.observations()).anySatisfy(o -> {
            assertThat(o.id()).isEqualTo("net.local.default-route");
            assertThat(o.value()).isEqualTo("no");
        });
        assertThat(m.observations()).noneMatch(o -> o.id().equals("net.gateway.reachable"));
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("route");
        Files.writeString(file, text);
        return file;
    }
}
