package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.pages.SitePath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links never come from the request: the configured public URL for absolute ones, relative ones otherwise. */
class PublicLinksTest {

    private static String helpdeskPage(WebApp app, String host) throws Exception {
        String id = new Http(app.port()).postJson("/api/sessions", Map.of("audience", "helpdesk", "lang", "en")).json()
                .get("id").asText();
        try (RawHttp raw = new RawHttp(app.port())) {
            return raw.send("GET /s/" + id + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").readAll();
        }
    }

    @Test
    void the_404_pages_language_links_stay_on_the_site_for_a_path_that_looks_like_another_host() throws Exception {
        try (WebApp app = Assembly.start(WebFixture.kb(), WebFixture.settings(), WebFixture.dnsOutage()); RawHttp raw = new RawHttp(app.port())) {
            String page = raw.send("GET //evil.example/x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").readAll();
            assertThat(page).startsWith("HTTP/1.1 404");
            assertThat(page).contains("href=\"/evil.example/x?lang=zh\"").doesNotContain("href=\"//").doesNotContain("href=\"\\");
        }
    }

    @Test
    void the_share_link_does_not_copy_the_host_header() throws Exception {
        try (WebApp app = Assembly.start(WebFixture.kb(), WebFixture.settings(), WebFixture.dnsOutage())) {
            String page = helpdeskPage(app, "evil.example");
            assertThat(page).doesNotContain("evil.example").containsPattern("id=\"share-url\"[^>]*value=\"/s/[A-Za-z0-9_-]{22}\"");
        }
    }

    @Test
    void with_a_public_url_the_share_link_is_absolute_on_it() throws Exception {
        Settings settings = WebFixture.settings().with(PublicUrl.parse("https://help.example.com/"));
        try (WebApp app = Assembly.start(WebFixture.kb(), settings, WebFixture.dnsOutage())) {
            String page = helpdeskPage(app, "evil.example");
            assertThat(page).doesNotContain("evil.example")
                    .containsPattern("value=\"https://help.example.com/s/[A-Za-z0-9_-]{22}\"");
        }
    }

    @Test
    void a_public_url_that_is_not_one_is_refused_with_what_it_must_be() {
        assertThat(PublicUrl.parse("https://help.example.com/desk/").base()).isEqualTo("https://help.example.com/desk");
        assertThatThrownBy(() -> PublicUrl.parse("help.example.com")).hasMessageContaining("must be http:// or https:// with a host");
        assertThatThrownBy(() -> PublicUrl.parse("ftp://help.example.com")).hasMessageContaining("must be http:// or https://");
        assertThatThrownBy(() -> PublicUrl.parse("https://help.example.com/?a=b")).hasMessageContaining("must not have a query");
    }

    @Test
    void a_path_with_leading_slashes_or_backslashes_stays_a_path_on_this_site() {
        assertThat(SitePath.of("//evil.example/x")).isEqualTo("/evil.example/x");
        assertThat(SitePath.of("/\\evil.example")).isEqualTo("/evil.example");
        assertThat(SitePath.of("/s/abc")).isEqualTo("/s/abc");
        assertThat(SitePath.of("evil")).isEqualTo("/");
    }
}
