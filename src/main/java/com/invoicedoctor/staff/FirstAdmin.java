package com.invoicedoctor.staff;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first administrator at serve start: created from the environment when there is none yet. There is never a
 * default password; without one the log says how to create the account.
 */
public final class FirstAdmin {
    /** The password of the first administrator. */
    public static final String PASSWORD_ENV = "INVOICE_DOCTOR_ADMIN_PASSWORD";
    /** Its user name (default "admin"). */
    public static final String USER_ENV = "INVOICE_DOCTOR_ADMIN_USER";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private FirstAdmin() {
    }

    /** Creates the administrator named by the environment if no administrator exists; returns whether it did. */
    public static boolean ensure(StaffAccounts accounts, Map<String, String> env) {
        return ensure(accounts, env.getOrDefault(USER_ENV, "admin"), env.get(PASSWORD_ENV));
    }

    /**
     * Creates this administrator if no administrator exists and a password is given (the settings admin-user and
     * admin-password); returns whether it did.
     */
    public static boolean ensure(StaffAccounts accounts, String user, String password) {
        if (accounts.administrators() > 0) {
            if (password != null) {
                LOG.info("{} is set but an administrator exists already; the environment changes no password", PASSWORD_ENV);
            }
            return false;
        }
        if (password == null || password.isBlank()) {
            LOG.warn("no staff administrator yet: stop the server and run `java -jar invoice-doctor.jar admin create "
                    + "--user NAME` (the embedded database opens in one process at a time), or start it with {} "
                    + "(and optionally {}) set, or admin-password in the config file", PASSWORD_ENV, USER_ENV);
            return false;
        }
        accounts.create(user, user, Role.admin, password);
        LOG.info("created the first staff administrator '{}' from {}", user, PASSWORD_ENV);
        return true;
    }
}
