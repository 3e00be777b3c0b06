package com.invoicedoctor.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in defence. Every password check is first counted ({@link SignInThrottle}) under the account from this
 * address, under the address, and, when the address never signed in to the account, under the account; when any of
 * them must wait, the attempt is refused before its password is checked. The real user elsewhere is not slowed down
 * by guesses from one address. Every check and every start of a wait is logged for administrators and counted for
 * monitoring.
 */
public final class SignInGuard {
    private static final Logger LOG = LoggerFactory.getLogger(SignInGuard.class);
    /** Old counts and events are deleted at most this often per instance. */
    private static final Duration HOUSEKEEPING = Duration.ofHours(1);

    private final StaffAccounts accounts;
    private final SignInThrottle throttle;
    private final SignInEvents events;
    private final SignInRejections rejections;
    private volatile Instant lastHousekeeping = Instant.EPOCH;

    public SignInGuard(StaffAccounts accounts, SignInThrottle throttle, SignInEvents events, SignInRejections rejections) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
        this.rejections = rejections;
    }

    /**
     * Signs in from this client address: the account if the password is right, empty if not.
     *
     * @throws TooManySignInsException when the account from this address, the address or the account must wait
     */
    public Optional<StaffUser> signIn(String username, String password, String address) {
        return attempt(username, password, address, null);
    }

    /** Checks a signed-in person's password again (before a change), counted like a sign-in. */
    public boolean confirm(String username, String password, String address) {
        return attempt(username, password, address, "password change").isPresent();
    }

    private Optional<StaffUser> attempt(String username, String password, String address, String purpose) {
        housekeeping();
        String account = printable(username == null ? "" : username.trim().toLowerCase(Locale.ROOT), 64);
        String from = printable(address, 64);
        List<ThrottleKey> keys = keys(account, from);
        SignInThrottle.Permit permit = throttle.reserve(keys);
        if (!permit.granted()) {
            rejections.rejected("waiting");
            if (permit.firstRefusal()) {
                String why = permit.waitingKey().scope() + " after " + permit.attempts() + " attempts, "
                        + seconds(permit.waitFor()) + " s";
                events.log(account, from, "waiting", why);
                LOG.warn("sign-ins as '{}' from {} wait: {}", account, from, why);
            }
            throw new TooManySignInsException(permit.waitFor());
        }
        PasswordCheck check = accounts.check(username, password);
        if (check.signedIn()) {
            throttle.signedIn(keys);
            events.log(account, from, "signed_in", purpose);
            return Optional.of(check.user());
        }
        String reason = check.failure().name();
        rejections.rejected(reason);
        events.log(account, from, reason, purpose);
        LOG.warn("sign-in as '{}' from {} refused: {}", account, from, reason);
        return Optional.empty();
    }

    private List<ThrottleKey> keys(String account, String address) {
        List<ThrottleKey> keys = new ArrayList<>(List.of(ThrottleKey.pair(account, address), ThrottleKey.address(address)));
        if (!events.known(account, address)) {
            keys.add(ThrottleKey.account(account));
        }
        return keys;
    }

    private void housekeeping() {
        Instant now = Instant.now();
        if (Duration.between(lastHousekeeping, now).compareTo(HOUSEKEEPING) < 0) {
            return;
        }
        lastHousekeeping = now;
        int counts = throttle.purge();
        int logged = events.purge();
        if (counts + logged > 0) {
            LOG.info("deleted {} old sign-in counts and {} old sign-in events", counts, logged);
        }
    }

    /** Text from the request as it may be logged and stored: no control characters, at most {@code max} long. */
    static String printable(String s, int max) {
        String clean = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
