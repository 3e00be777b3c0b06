package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.cases.CasesFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final CasesFixture f = CasesFixture.h2();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(f.db, SignInThrottle.Policy.defaults(), now::get);
    private final List<ThrottleKey> guess = List.of(ThrottleKey.pair("admin", "203.0.113.9"), ThrottleKey.address("203.0.113.9"));

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void the_wait_starts_after_five_attempts_and_doubles_with_each_further_one_up_to_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.reserve(guess).granted()).isTrue();
        }
        assertThat(throttle.reserve(guess).granted()).as("the fifth").isTrue();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SignInThrottle.Permit refused = throttle.reserve(guess);
            assertThat(refused.granted()).isFalse();
            waits.add(refused.waitFor().toSeconds());
            now.set(now.get().plus(refused.waitFor()));
            assertThat(throttle.reserve(guess).granted()).as("once the wait is over").isTrue();
        }
        assertThat(waits).startsWith(5L, 10L, 20L, 40L, 80L, 160L, 320L, 640L, 900L).endsWith(900L, 900L);
    }

    @Test
    void parallel_attempts_are_counted_as_they_arrive_so_no_more_than_five_get_through() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> all = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return throttle.reserve(guess).granted();
                };
                all.add(pool.submit(attempt));
            }
            start.countDown();
            int granted = 0;
            for (Future<Boolean> a : all) {
                granted += a.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_refused_attempt_is_not_counted_and_does_not_push_the_wait_further() {
        for (int i = 0; i < 5; i++) {
            throttle.reserve(guess);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.reserve(guess).waitFor()).isEqualTo(Duration.ofSeconds(5));
        }
        assertThat(throttle.counts(10)).filteredOn(c -> c.scope().equals("account_address")).singleElement()
                .satisfies(c -> {
                    assertThat(c.attempts()).isEqualTo(5);
                    assertThat(c.refused()).isEqualTo(20);
                });
    }

    @Test
    void only_the_first_refusal_of_a_wait_is_marked_first_so_a_wait_is_logged_once() {
        for (int i = 0; i < 5; i++) {
            throttle.reserve(guess);
        }
        assertThat(throttle.reserve(guess).firstRefusal()).isTrue();
        assertThat(throttle.reserve(guess).firstRefusal()).isFalse();
        now.set(now.get().plusSeconds(5));
        assertThat(throttle.reserve(guess).granted()).isTrue();
        assertThat(throttle.reserve(guess).firstRefusal()).as("a new wait").isTrue();
    }

    @Test
    void signing_in_starts_the_account_from_that_address_over_but_takes_back_only_its_own_attempt_for_the_address() {
        List<ThrottleKey> own = List.of(ThrottleKey.pair("mallory", "203.0.113.9"), ThrottleKey.address("203.0.113.9"));
        for (int i = 0; i < 4; i++) {
            throttle.reserve(guess);
        }
        throttle.reserve(own);
        throttle.signedIn(own);
        assertThat(throttle.counts(10)).extracting(SignInThrottle.Count::scope, SignInThrottle.Count::account,
                SignInThrottle.Count::attempts).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("account_address", "admin", 4),
                org.assertj.core.groups.Tuple.tuple("address", null, 4));
    }

    @Test
    void a_key_is_forgotten_a_day_after_its_last_attempt() {
        for (int i = 0; i < 5; i++) {
            throttle.reserve(guess);
        }
        now.set(now.get().plus(Duration.ofHours(23)));
        assertThat(throttle.reserve(guess).granted()).isTrue();
        assertThat(throttle.reserve(guess).granted()).as("the sixth attempt within a day").isFalse();
        now.set(now.get().plus(Duration.ofHours(25)));
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.reserve(guess).granted()).isTrue();
        }
        now.set(now.get().plus(Duration.ofDays(3)));
        assertThat(throttle.purge()).isEqualTo(2);
    }

    @Test
    void a_backoff_waits_not_at_all_within_its_free_attempts() {
        Backoff b = new Backoff(3, Duration.ofSeconds(2), Duration.ofSeconds(7));
        assertThat(List.of(b.after(0), b.after(2), b.after(3), b.after(4), b.after(5), b.after(500)))
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(7), Duration.ofSeconds(7));
    }
}
