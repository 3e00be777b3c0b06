package com.invoicedoctor.cases;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Notes staff add to a case, each with its author and time, oldest first. */
public final class CaseNotes {
    /** Longest note accepted. */
    public static final int MAX_CHARS = 5_000;

    private final Database db;

    public CaseNotes(Database db) {
        this.db = db;
    }

    /** One note. */
    public record Note(long id, String author, String text, Instant created) {
    }

    /** Adds a note to an existing case. */
    public Note add(String sessionId, String author, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new CaseInputException("the note is empty");
        }
        if (body.length() > MAX_CHARS) {
            throw new CaseInputException("a note may have at most " + MAX_CHARS + " characters; this one has " + body.length());
        }
        Instant now = Sql.now();
        try {
            db.with(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO case_notes (session_id, author, text, created_at) VALUES (?, ?, ?, ?)")) {
                    return Sql.bind(ps, sessionId, author, body, now).executeUpdate();
                }
            });
        } catch (Sql.DataException e) {
            if (e.sql().getSQLState() != null && e.sql().getSQLState().startsWith("23")) {
                throw new CaseNotFoundException(sessionId);
            }
            throw e;
        }
        return new Note(0, author, body, now);
    }

    /** The notes of a case, oldest first. */
    public List<Note> of(String sessionId) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, author, text, created_at FROM case_notes WHERE session_id = ? ORDER BY created_at, id")) {
                ps.setString(1, sessionId);
                List<Note> notes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notes.add(new Note(rs.getLong("id"), rs.getString("author"), rs.getString("text"),
                                Sql.instant(rs, "created_at")));
                    }
                }
                return notes;
            }
        });
    }
}
