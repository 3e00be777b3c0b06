package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProxySettingTest {
    private final Target https = Target.of(URI.create("https://fpsc.jiangsu.chinatax.gov.cn:8001/"));

    @Test
    void the_environment_proxy_for_the_scheme_applies_and_its_password_is_not_kept() {
        List<ProxySetting> found = ProxySetting.find(https, Map.of("HTTPS_PROXY", "http://bob:secret@10.1.1.1:3128"), new Properties(), null);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.host()).isEqualTo("10.1.1.1");
            assertThat(p.port()).isEqualTo(3128);
            assertThat(p.toString()).doesNotContain("secret");
        });
    }

    @Test
    void no_proxy_exempts_the_host_and_its_domain() {
        List<ProxySetting> found = ProxySetting.find(https, Map.of("https_proxy", "10.1.1.1:3128", "no_proxy", "localhost,.chinatax.gov.cn"),
                new Properties(), null);
        assertThat(found).singleElement().matches(ProxySetting::bypassed);
    }

    @Test
    void jvm_properties_name_a_proxy_too() {
        Properties jvm = new Properties();
        jvm.setProperty("https.proxyHost", "proxy.corp");
        jvm.setProperty("https.proxyPort", "8080");
        assertThat(ProxySetting.find(https, Map.of(), jvm, null)).singleElement()
                .satisfies(p -> assertThat(p.source()).isEqualTo("JVM https.proxyHost"));
    }

    @Test
    void nothing_configured_is_no_proxy() {
        assertThat(ProxySetting.find(https, Map.of(), new Properties(), null)).isEmpty();
    }
}
