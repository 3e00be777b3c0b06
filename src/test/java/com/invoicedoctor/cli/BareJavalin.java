package com.invoicedoctor.cli;

import io.javalin.Javalin;

/**
 * The baseline of {@link StartupBenchmark}: a Javalin with only /health, from the same jar and the same JVM. With a
 * second argument "exit" it stops once listening (the run its class-data archive is recorded from).
 */
public final class BareJavalin {
    private BareJavalin() {
    }

    public static void main(String[] args) {
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", ctx -> ctx.result("ok"));
        }).start("127.0.0.1", Integer.parseInt(args[0]));
        if (args.length > 1 && args[1].equals("exit")) {
            System.exit(0);
        }
    }
}
