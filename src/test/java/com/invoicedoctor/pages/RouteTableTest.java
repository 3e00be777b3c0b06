package com.invoicedoctor.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    @Test
    void a_route_that_does_not_say_who_may_call_it_is_refused_when_it_is_added() {
        assertThatThrownBy(() -> Javalin.create(config -> new RouteTable(config.routes).get("/somewhere", null, ctx -> ctx.result("open"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GET /somewhere");
    }

    @Test
    void the_table_checks_the_caller_before_the_handler_runs() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        RouteTable.Access members = RouteTable.Access.of("members", ctx -> {
            if (!"yes".equals(ctx.header("X-Member"))) {
                throw new UnauthorizedResponse("members only");
            }
        });
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            RouteTable table = new RouteTable(config.routes);
            table.get("/open", RouteTable.ANYONE, ctx -> ctx.result("open"));
            table.post("/closed", members, ctx -> ctx.result("ran " + ran.incrementAndGet()));
            assertThat(table.routes()).extracting(RouteTable.Route::toString)
                    .containsExactly("GET /open (anyone)", "POST /closed (members)");
        }).start(0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/open")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/closed"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(ran).hasValue(0);
            HttpResponse<String> member = http.send(HttpRequest.newBuilder(URI.create(base + "/closed")).header("X-Member", "yes")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(member.body()).isEqualTo("ran 1");
        } finally {
            app.stop();
        }
    }
}
