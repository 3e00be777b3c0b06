package com.invoicedoctor.cases;

import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.Fixture;
import com.invoicedoctor.knowledge.KnowledgeSource;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.session.SessionStore;
import com.invoicedoctor.session.Sessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh in-memory database migrated by the product's Flyway scripts, the fixture knowledge copied to a temporary
 * folder (so that tests can edit and reload it), the live knowledge and the session service over them.
 */
public final class CasesFixture implements AutoCloseable {
    public final String url;
    public final Database database;
    public final Database db;
    public final Path kbDir;
    public final Path rulesDir;
    /** The temporary folder holding the copies; removed on close. */
    private final Path root;
    public final LiveKnowledge live;
    public final Sessions sessions;

    private CasesFixture(String url) {
        this.url = url;
        this.database = Database.open(url);
        this.db = database;
        try {
            this.root = Files.createTempDirectory("invoice-doctor-kb");
            this.kbDir = Fixture.copy(Fixture.FIXTURE_KB, root.resolve("knowledge-base"));
            this.rulesDir = Fixture.copy(Fixture.FIXTURE_RULES, root.resolve("rules"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.live = new LiveKnowledge(Fixture.fixture(), new KnowledgeSource(kbDir, rulesDir), new Learning(db)::latest, db);
        this.sessions = new Sessions(new SessionStore(database), live::interviewer, snapshot -> { });
    }

    /** A fixture on a new H2 in-memory database. */
    public static CasesFixture h2() {
        return new CasesFixture("jdbc:h2:mem:cases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** A fixture on the database at this URL (PostgreSQL). */
    public static CasesFixture at(String url) {
        return new CasesFixture(url);
    }

    @Override
    public void close() {
        live.close();
        db.close();
        database.close();
        delete(root);
    }

    /** Removes the copies, so that no run leaves a folder in the temporary directory. */
    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the fixture's copies in " + folder, e);
        }
    }
}
