package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.staff.Passwords;
import com.invoicedoctor.staff.Role;
import com.invoicedoctor.staff.StaffAccounts;
import com.invoicedoctor.staff.StaffAuth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 12,000 hostile requests (seeded, {@link HostileRequests}) over every route and form, anonymous and as a signed-in
 * administrator: not one 5xx, no stack trace and no parser internals in any answer. The figures are in docs/benchmarks.md.
 */
@Tag("slow")
class FuzzTest {
    static final int REQUESTS = 12_000;
    static final int THREADS = 4;

    @Test
    void twelve_thousand_hostile_requests_get_no_5xx() throws Exception {
        String db = WebFixture.memoryDb();
        try (WebApp app = Assembly.start(WebFixture.kb(), new Settings(0, db, WebFixture.endpoints()), WebFixture.dnsOutage())) {
            try (Database jdbc = Database.open(db)) {
                new StaffAccounts(jdbc, new Passwords(4)).create("lin", "Lin", Role.admin, "a long enough password 1");
            }
            Http http = new Http(app.port());
            String session = http.postJson("/api/sessions", Map.of("audience", "helpdesk", "lang", "en")).json().get("id").asText();
            Http.Reply signedIn = http.postJson("/api/staff/login", Map.of("username", "lin", "password", "a long enough password 1"));
            String cookie = signedIn.header("Set-Cookie").split(";")[0];
            String staff = "Cookie: " + cookie + "\r\nX-CSRF-Token: " + signedIn.json().get("csrf").asText() + "\r\n";
            assertThat(cookie).startsWith(StaffAuth.COOKIE + "=");

            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            long started = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                HostileRequests requests = new HostileRequests(20261206L + t, session, staff);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS / THREADS; i++) {
                        byte[] request = requests.next();
                        String answer = send(app.port(), request);
                        int status = answer.length() >= 12 && answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        boolean internals = answer.contains("\tat ") || status >= 400 && (answer.contains("fasterxml")
                                || answer.contains("Exception"));
                        if (status >= 500 || internals) {
                            wrong.add(status + " for " + new String(request, 0, Math.min(request.length, 300), StandardCharsets.UTF_8));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            System.out.printf("fuzz: %d hostile requests in %.1f s, answers by status: %s%n", REQUESTS,
                    (System.nanoTime() - started) / 1e9, new TreeMap<>(statuses));
            assertThat(wrong).as("answers that were 5xx or showed internals").isEmpty();
            assertThat(statuses.getOrDefault(-1, new AtomicInteger()).get()).as("requests without an answer").isZero();
            assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(REQUESTS);
        }
    }

    /** One request on its own connection; the whole answer, or "" when the server closed without one. */
    private static String send(int port, byte[] request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(20_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[16_384];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // the server closed after answering (a body it did not read); what came is the answer
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
