package com.invoicedoctor.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * A crash loses nothing the server confirmed: 20 clients answer against the server in its own process, it is killed
 * with SIGKILL while they do, restarted on the same database, and every session acknowledged with 201 and every answer
 * acknowledged with 200 must still be there. Five kills in a row on the default embedded H2 file.
 */
@Tag("slow")
class KillDuringAnswersTest {
    static final int CLIENTS = 20;
    static final int KILLS = 5;
    static final long ANSWERING_MILLIS = 2_500;

    @Test
    void nothing_acknowledged_is_lost_when_the_server_is_killed_while_20_clients_answer(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("data/invoice-doctor").toAbsolutePath();
        Acknowledged acknowledged = new Acknowledged();
        List<Acknowledged.Lost> losses = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            ServerProcess server = ServerProcess.start(dir, List.of("--db", db));
            JsonClient client = new JsonClient(server.port());
            if (kill > 1) {
                losses.add(acknowledged.lostOn(client));
            }
            answerThenKill(server, client, acknowledged, kill);
        }
        try (ServerProcess server = ServerProcess.start(dir, List.of("--db", db))) {
            losses.add(acknowledged.lostOn(new JsonClient(server.port())));
        }
        System.out.printf("kill -9 x %d during %d answering clients: %d sessions and %d answers acknowledged; lost after each"
                + " restart: %s%n", KILLS, CLIENTS, acknowledged.sessions(), acknowledged.answers(), losses);
        // the test means something only when the clients were answering when the server died
        assertThat(acknowledged.answers()).isGreaterThan(KILLS * CLIENTS);
        assertThat(losses).hasSize(KILLS).allSatisfy(lost -> {
            assertThat(lost.sessions()).as("sessions lost").isZero();
            assertThat(lost.answers()).as("answers lost").isZero();
        });
    }

    /**
     * Lets the clients answer for a while, then kills the server while they are still sending. The while starts when
     * the server has acknowledged its first answers: on a busy machine a freshly started server's first requests
     * alone took longer than {@link #ANSWERING_MILLIS}, and a kill then found nobody answering yet.
     */
    static void answerThenKill(ServerProcess server, JsonClient client, Acknowledged acknowledged, int round)
            throws InterruptedException {
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread t = new Thread(new AnsweringClient(client, acknowledged, round * 100 + i), "answering-" + i);
            t.setDaemon(true);
            t.start();
            clients.add(t);
        }
        int before = acknowledged.answers();
        long warm = System.nanoTime() + 30_000_000_000L;
        while (acknowledged.answers() < before + CLIENTS && System.nanoTime() < warm) {
            Thread.sleep(20);
        }
        Thread.sleep(ANSWERING_MILLIS);
        server.kill9();
        for (Thread t : clients) {
            t.join(30_000);
        }
    }
}
