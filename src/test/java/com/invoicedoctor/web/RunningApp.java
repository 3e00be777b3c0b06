package com.invoicedoctor.web;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The web app on the test knowledge base, started before a test class and stopped after it, with a client. */
final class RunningApp implements BeforeAllCallback, AfterAllCallback {
    private WebApp app;
    private Http http;

    @Override
    public void beforeAll(ExtensionContext context) {
        app = Assembly.start(WebFixture.kb(), WebFixture.settings(), WebFixture.dnsOutage());
        http = new Http(app.port());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
        }
    }

    /** A client of the running app. */
    Http http() {
        return http;
    }

    int port() {
        return app.port();
    }
}
