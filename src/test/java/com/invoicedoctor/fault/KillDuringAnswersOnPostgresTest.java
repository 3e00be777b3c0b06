package com.invoicedoctor.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** The PostgreSQL set-up of docs/operations.md, once: a server killed while 20 clients answer loses nothing it confirmed. */
@Tag("slow")
class KillDuringAnswersOnPostgresTest {

    @Test
    void nothing_acknowledged_is_lost_on_postgresql_either(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String db = pg.getJdbcUrl("postgres", "postgres");
            Acknowledged acknowledged = new Acknowledged();
            ServerProcess first = ServerProcess.start(dir, List.of("--db", db));
            KillDuringAnswersTest.answerThenKill(first, new JsonClient(first.port()), acknowledged, 1);
            Acknowledged.Lost lost;
            try (ServerProcess second = ServerProcess.start(dir, List.of("--db", db))) {
                lost = acknowledged.lostOn(new JsonClient(second.port()));
            }
            System.out.printf("PostgreSQL, kill -9 during %d answering clients: %d sessions and %d answers acknowledged, lost: %s%n",
                    KillDuringAnswersTest.CLIENTS, acknowledged.sessions(), acknowledged.answers(), lost);
            assertThat(acknowledged.answers()).isGreaterThan(KillDuringAnswersTest.CLIENTS);
            assertThat(lost).isEqualTo(new Acknowledged.Lost(0, 0));
        }
    }
}
