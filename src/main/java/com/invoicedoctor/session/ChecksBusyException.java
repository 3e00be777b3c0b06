package com.invoicedoctor.session;

/** Too many probe runs at once: the configured endpoint is not to be flooded by the checks of many users. */
public class ChecksBusyException extends RuntimeException {
    public ChecksBusyException(int max) {
        super(max + " checks are running already; try again in a few seconds");
    }
}
