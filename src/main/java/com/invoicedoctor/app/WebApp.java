package com.invoicedoctor.app;

import io.javalin.Javalin;

/** The running server an {@link Assembly} started: its port, and closing it (the server, then the parts). */
public final class WebApp implements AutoCloseable {
    private final Javalin javalin;
    private final Runnable closeParts;

    WebApp(Javalin javalin, Runnable closeParts) {
        this.javalin = javalin;
        this.closeParts = closeParts;
    }

    /** The port it listens on. */
    public int port() {
        return javalin.port();
    }

    /** Stops the server and closes the database. */
    @Override
    public void close() {
        javalin.stop();
        closeParts.run();
    }
}
