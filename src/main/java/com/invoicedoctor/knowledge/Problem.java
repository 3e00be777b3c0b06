package com.invoicedoctor.knowledge;

import java.nio.file.Path;

/** One thing wrong with the knowledge, located as file:line like a compiler message. */
public record Problem(Path file, int line, String message) {

    @Override
    public String toString() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
    }
}
