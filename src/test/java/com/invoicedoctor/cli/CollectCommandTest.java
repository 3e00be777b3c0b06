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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.HangingNetwork;
import picocli.CommandLine;
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

    /**
     * Probes, diagnosis and output within 12 s. Compiling the rules (seconds, more on a busy machine) runs beside the
     * probes when the command starts; it is left out here so that the figure is the command's own budget.
     */
    @Test
    void collect_ends_within_12_seconds_with_its_default_budget_when_everything_hangs() throws Exception {
        KnowledgeBase kb = Fixture.product();
        try (HangingNetwork network = new HangingNetwork()) {
            for (String target : network.targets()) {
                CollectCommand command = new CollectCommand();
                command.runners = network::runner;
                command.knowledgeLoader = err -> kb;
                StringWriter out = new StringWriter();
                long start = System.nanoTime();
                int code = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                        .execute("--target", target, "--role", "own", "--json");
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(code).isZero();
                assertThat(ms).as("collect --target " + target).isLessThan(12_000);
                JsonNode json = new ObjectMapper().readTree(out.toString());
                assertThat(json.get("facts").get("endpoint.role").asText()).isEqualTo("own");
                assertThat(json.get("probes")).anySatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("timeout"));
            }
        }
    }

    @Test
    void collect_rejects_a_role_it_does_not_know() {
        int code = Main.run("collect", "--kb", Fixture.FIXTURE_KB.toString(), "--rules", Fixture.FIXTURE_RULES.toString(),
                "--target", "http://127.0.0.1:9/", "--role", "bank");
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("--role").contains("platform, vendor or own");
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
