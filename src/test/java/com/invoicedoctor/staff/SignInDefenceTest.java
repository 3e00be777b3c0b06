package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Brute force against staff sign-in, as an attacker would try it: in parallel, one after another, from many
 * addresses. The server trusts 127.0.0.1 as its proxy, so each test client says where it comes from with
 * X-Forwarded-For (the way a load balancer does); {@link #a_client_that_is_not_a_trusted_proxy_cannot_escape_the_count_by_naming_other_addresses}
 * shows that nobody else can.
 */
class SignInDefenceTest {
    private static final String WRONG = "not the password at all";
    private static final Map<String, AtomicInteger> REJECTED = new ConcurrentHashMap<>();
    private static StaffServer server;
    private static StaffServer direct;

    @BeforeAll
    static void start() {
        server = new StaffServer(List.of("127.0.0.1"),
                reason -> REJECTED.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet());
        direct = new StaffServer();
    }

    @AfterAll
    static void stop() {
        server.close();
        direct.close();
    }

    @Test
    void sixty_wrong_passwords_at_once_let_five_be_checked_and_the_right_one_after_them_does_not_sign_in() throws Exception {
        account(server, "parallel");
        Http attacker = new Http(server.app.port()).from("198.51.100.66");
        List<Http.Answer> answers = all(60, () -> signIn(attacker, "parallel", WRONG));
        assertThat(answers).extracting(Http.Answer::status).containsOnly(401, 429);
        assertThat(answers).filteredOn(a -> a.status() == 401).hasSize(5);
        assertThat(answers).filteredOn(a -> a.status() == 429).hasSize(55)
                .allSatisfy(a -> assertThat(Integer.parseInt(a.header("Retry-After"))).isBetween(1, 5));
        assertThat(signIn(attacker, "parallel", StaffServer.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void wrong_passwords_one_after_another_wait_after_the_fifth_and_the_right_one_then_does_not_sign_in() {
        account(server, "serial");
        Http attacker = new Http(server.app.port()).from("198.51.100.77");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(signIn(attacker, "serial", WRONG).status());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 40)).containsOnly(429);
        Http.Answer right = signIn(attacker, "serial", StaffServer.PASSWORD);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.body()).contains("try again in");
    }

    @Test
    void the_right_user_signs_in_from_another_address_while_the_attack_goes_on() throws Exception {
        account(server, "victim");
        Http attacker = new Http(server.app.port()).from("198.51.100.88");
        AtomicBoolean attacking = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> attack = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                attack.add(pool.submit(() -> {
                    List<Integer> got = new ArrayList<>();
                    while (attacking.get()) {
                        got.add(signIn(attacker, "victim", WRONG).status());
                    }
                    return got;
                }));
            }
            Thread.sleep(300);
            for (int i = 0; i < 3; i++) {
                Http user = new Http(server.app.port()).from("192.0.2.10");
                assertThat(signIn(user, "victim", StaffServer.PASSWORD).status()).as("the real user, try " + i).isEqualTo(200);
                assertThat(user.get("/api/staff/me").status()).isEqualTo(200);
            }
            attacking.set(false);
            List<Integer> seen = new ArrayList<>();
            for (Future<List<Integer>> f : attack) {
                seen.addAll(f.get());
            }
            assertThat(seen).doesNotContain(200).contains(429);
            assertThat(seen).filteredOn(s -> s == 401).hasSizeLessThanOrEqualTo(5);
        } finally {
            attacking.set(false);
            pool.shutdownNow();
        }
    }

    @Test
    void guesses_from_many_addresses_slow_down_new_addresses_but_not_the_one_the_user_signs_in_from() {
        account(server, "spread");
        assertThat(signIn(new Http(server.app.port()).from("192.0.2.20"), "spread", StaffServer.PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 50; i++) {
            Http bot = new Http(server.app.port()).from("203.0.113." + (i + 1));
            assertThat(signIn(bot, "spread", WRONG).status()).as("guess " + i).isEqualTo(401);
        }
        assertThat(signIn(new Http(server.app.port()).from("203.0.113.200"), "spread", StaffServer.PASSWORD).status())
                .as("the right password from a new address during the attack").isEqualTo(429);
        assertThat(signIn(new Http(server.app.port()).from("192.0.2.20"), "spread", StaffServer.PASSWORD).status())
                .as("the right password from the user's usual address").isEqualTo(200);
    }

    @Test
    void a_client_that_is_not_a_trusted_proxy_cannot_escape_the_count_by_naming_other_addresses() {
        account(direct, "spoofed");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(signIn(new Http(direct.app.port()).from("192.0.2." + (100 + i)), "spoofed", WRONG).status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429, 429, 429, 429);
    }

    @Test
    void the_sign_in_form_answers_429_with_retry_after_and_says_how_long_to_wait() {
        account(server, "form");
        Http browser = new Http(server.app.port()).from("198.51.100.99");
        browser.get("/staff/login?lang=en");
        String pre = browser.cookie(StaffAuth.PRE_COOKIE);
        Map<String, String> wrong = Map.of("username", "form", "password", WRONG, "_csrf", pre);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.postForm("/staff/login?lang=en", wrong).status()).isEqualTo(401);
        }
        Http.Answer waiting = browser.postForm("/staff/login?lang=en", Map.of("username", "form", "password",
                StaffServer.PASSWORD, "_csrf", pre));
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.header("Retry-After")).matches("[1-5]");
        assertThat(waiting.body()).contains("Too many sign-in attempts from here. Try again in " + waiting.header("Retry-After"));
        assertThat(browser.cookie(StaffAuth.COOKIE)).isNull();
    }

    @Test
    void administrators_see_wrong_passwords_and_waits_with_account_and_address_and_rejections_are_counted() throws Exception {
        account(server, "watched");
        Http attacker = new Http(server.app.port()).from("198.51.100.111");
        int waitingBefore = REJECTED.getOrDefault("waiting", new AtomicInteger()).get();
        for (int i = 0; i < 8; i++) {
            signIn(attacker, "watched", WRONG);
        }
        StaffServer.Signed admin = server.signIn("admin");
        JsonNode seen = server.mapper.readTree(admin.http().get("/api/staff/signins").body());
        List<String> events = new ArrayList<>();
        seen.get("events").forEach(e -> events.add(e.get("account").asText() + " " + e.get("address").asText() + " "
                + e.get("outcome").asText()));
        assertThat(events).filteredOn(e -> e.equals("watched 198.51.100.111 wrong_password")).hasSize(5);
        assertThat(events).filteredOn(e -> e.equals("watched 198.51.100.111 waiting")).as("a wait is logged once").hasSize(1);
        assertThat(seen.get("counting").toString()).contains("\"account\":\"watched\"", "\"address\":\"198.51.100.111\"");
        assertThat(admin.http().get("/staff/users?lang=en").body()).contains("198.51.100.111", "began to wait");
        assertThat(server.signIn("agent").http().get("/api/staff/signins").status()).isEqualTo(403);
        assertThat(REJECTED.get("waiting").get() - waitingBefore).isEqualTo(3);
        assertThat(REJECTED.get("wrong_password").get()).isGreaterThanOrEqualTo(5);
        assertThat(SignInRejections.NAME).isEqualTo("invoicedoctor_signin_rejected_total");
    }

    private static void account(StaffServer on, String name) {
        on.helpdesk.accounts().create(name, name, Role.agent, StaffServer.PASSWORD);
    }

    private static Http.Answer signIn(Http http, String user, String password) {
        return http.postJson("/api/staff/login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", null);
    }

    private static List<Http.Answer> all(int n, Callable<Http.Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Answer>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> f : sent) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
