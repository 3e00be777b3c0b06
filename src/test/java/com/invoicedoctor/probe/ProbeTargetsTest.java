package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProbeTargetsTest {
    private final ProbeTargets targets = ProbeTargets.parse(
            "jiangsu=https://fpsc.jiangsu.chinatax.gov.cn:8001/, erp=http://10.0.0.5:8080/invoice/api?v=2");

    @Test
    void a_configured_endpoint_is_found_by_id_and_by_its_exact_url() {
        assertThat(targets.byId("jiangsu")).isPresent();
        assertThat(targets.byUrl("https://fpsc.jiangsu.chinatax.gov.cn:8001/")).map(ProbeTargets.Endpoint::id).contains("jiangsu");
        assertThat(targets.byUrl("HTTPS://FPSC.jiangsu.chinatax.gov.cn:8001")).map(ProbeTargets.Endpoint::id).contains("jiangsu");
        assertThat(targets.byUrl("http://10.0.0.5:8080/invoice/api?v=2")).isPresent();
        assertThat(targets.all()).extracting(ProbeTargets.Endpoint::id).containsExactly("jiangsu", "erp");
    }

    @Test
    void anything_else_is_refused_so_the_server_cannot_be_made_to_probe_arbitrary_addresses() {
        assertThat(targets.allows("http://169.254.169.254/latest/meta-data/")).isFalse();
        assertThat(targets.allows("https://fpsc.jiangsu.chinatax.gov.cn:8002/")).isFalse();
        assertThat(targets.allows("https://fpsc.jiangsu.chinatax.gov.cn.evil.example:8001/")).isFalse();
        assertThat(targets.allows("https://fpsc.jiangsu.chinatax.gov.cn:8001@evil.example/")).isFalse();
        assertThat(targets.allows("https://user@fpsc.jiangsu.chinatax.gov.cn:8001/")).isFalse();
        assertThat(targets.allows("http://10.0.0.5:8080/invoice/api?v=2&x=1")).isFalse();
        assertThat(targets.allows("http://10.0.0.5:8080/invoice/../admin")).isFalse();
        assertThat(targets.allows("file:///etc/passwd")).isFalse();
        assertThat(targets.allows("not a url")).isFalse();
        assertThat(targets.allows(null)).isFalse();
        assertThat(ProbeTargets.none().allows("https://fpsc.jiangsu.chinatax.gov.cn:8001/")).isFalse();
    }

    @Test
    void an_endpoint_may_say_whose_it_is_and_without_it_the_role_is_unknown() {
        ProbeTargets roles = ProbeTargets.parse("platform:tax=https://fpsc.jiangsu.chinatax.gov.cn:8001/;"
                + " vendor:nuonuo=https://sdk.nuonuo.com/open/v1/services; OWN:erp=http://10.0.0.5:8080/invoice; plain=http://10.0.0.6/");
        assertThat(roles.all()).extracting(ProbeTargets.Endpoint::role)
                .containsExactly(EndpointRole.platform, EndpointRole.vendor, EndpointRole.own, null);
        assertThat(roles.byId("erp").orElseThrow().uri().toString()).isEqualTo("http://10.0.0.5:8080/invoice");
        assertThat(targets.all()).extracting(ProbeTargets.Endpoint::role).containsOnlyNulls();
    }

    @Test
    void a_role_becomes_an_observation_and_a_probe_run_is_always_marked() {
        ProbeReport report = new ProbeReport(java.net.URI.create("http://10.0.0.5/"), java.util.List.of(), java.util.List.of(), 1);
        assertThat(EndpointRole.annotate(report, EndpointRole.own, "configured", null).facts())
                .containsEntry("endpoint.probed", "yes").containsEntry("endpoint.role", "own");
        assertThat(EndpointRole.annotate(report, null, null, null).facts())
                .containsEntry("endpoint.probed", "yes").doesNotContainKey("endpoint.role");
        assertThat(EndpointRole.annotate(report, EndpointRole.vendor, "x", null).observations())
                .allSatisfy(o -> assertThat(o.source()).isEqualTo(com.invoicedoctor.engine.Observation.Source.probe));
        assertThatThrownBy(() -> EndpointRole.of("bank")).hasMessageContaining("platform, vendor or own");
    }

    @Test
    void a_bad_configuration_is_rejected_with_a_message_that_names_the_entry() {
        assertThatThrownBy(() -> ProbeTargets.parse("tax=ftp://example.gov.cn/")).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> ProbeTargets.parse("https://example.gov.cn/")).hasMessageContaining("id=https://");
        assertThatThrownBy(() -> ProbeTargets.parse("a=http://x.cn/, a=http://y.cn/")).hasMessageContaining("configured twice");
        assertThatThrownBy(() -> ProbeTargets.parse("bad id=http://x.cn/")).hasMessageContaining("bad id");
    }
}
