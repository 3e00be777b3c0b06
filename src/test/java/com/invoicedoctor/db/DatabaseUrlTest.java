package com.invoicedoctor.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void an_in_memory_h2_lasts_as_long_as_the_process() {
        assertThat(DatabaseUrl.forServer("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
        assertThat(DatabaseUrl.forServer("jdbc:h2:mem:x;DB_CLOSE_DELAY=10")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=10");
    }

    @Test
    void other_urls_are_used_as_given() {
        assertThat(DatabaseUrl.forServer("jdbc:h2:file:./data/invoice-doctor")).isEqualTo("jdbc:h2:file:./data/invoice-doctor");
        String pg = "jdbc:postgresql://db.internal:5432/invoice_doctor?user=u";
        assertThat(DatabaseUrl.forServer(pg)).isEqualTo(pg);
    }

    @Test
    void only_an_h2_file_this_process_keeps_is_written_to_its_file_by_the_server() {
        assertThat(DatabaseUrl.embeddedH2File("jdbc:h2:file:./data/invoice-doctor")).isTrue();
        assertThat(DatabaseUrl.embeddedH2File("jdbc:h2:./data/x;MODE=PostgreSQL")).isTrue();
        assertThat(DatabaseUrl.embeddedH2File("jdbc:h2:mem:x")).isFalse();
        assertThat(DatabaseUrl.embeddedH2File("jdbc:h2:tcp://db/x")).isFalse();
        assertThat(DatabaseUrl.embeddedH2File("jdbc:postgresql://db/x")).isFalse();
    }
}
