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
    void a_bad_configuration_is_rejected_with_a_message_that_names_the_entry() {
        assertThatThrownBy(() -> ProbeTargets.parse("tax=ftp://example.gov.cn/")).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> ProbeTargets.parse("https://example.gov.cn/")).hasMessageContaining("id=https://");
        assertThatThrownBy(() -> ProbeTargets.parse("a=http://x.cn/, a=http://y.cn/")).hasMessageContaining("configured twice");
        assertThatThrownBy(() -> ProbeTargets.parse("bad id=http://x.cn/")).hasMessageContaining("bad id");
    }
}
