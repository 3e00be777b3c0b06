package com.invoicedoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.Fixture;
import com.invoicedoctor.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CollectCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void collect_json_prints_facts_that_a_session_accepts_with_observations_and_diagnoses() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> answerEmpty(server));
            t.setDaemon(true);
            t.start();
            int code = Main.run("collect", "--kb", Fixture.FIXTURE_KB.toString(), "--rules", Fixture.FIXTURE_RULES.toString(),
                    "--target", "http://localhost:" + server.getLocalPort() + "/api", "--json", "--timeout-seconds", "3");
            assertThat(code).as(console.err()).isZero();
        }
        JsonNode json = new ObjectMapper().readTree(console.out());
        assertThat(json.get("target").asText()).startsWith("http://localhost:");
        assertThat(json.get("facts").get("net.dns.resolves").asText()).isEqualTo("yes");
        assertThat(json.get("observations").get(0).has("detail")).isTrue();
        assertThat(json.get("observations").get(0).get("source").asText()).isEqualTo("probe");
        assertThat(json.get("probes")).hasSize(8);
        assertThat(json.get("diagnoses").isArray()).isTrue();
    }

    @Test
    void collect_rejects_a_target_that_is_not_an_http_url() {
        int code = Main.run("collect", "--kb", Fixture.FIXTURE_KB.toString(), "--rules", Fixture.FIXTURE_RULES.toString(),
                "--target", "ftp://example.test/");
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("http:// or https://");
    }

    private static void answerEmpty(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.getInputStream().read(new byte[4096]);
                OutputStream o = s.getOutputStream();
                o.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                return;
            }
        }
    }
}
