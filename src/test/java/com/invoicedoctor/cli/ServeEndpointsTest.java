package com.invoicedoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.probe.EndpointRole;
import com.invoicedoctor.probe.ProbeTargets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How serve reads its --endpoint values: [role:][id=]URL. */
class ServeEndpointsTest {

    @Test
    void a_role_in_front_of_a_url_or_an_id_says_whose_endpoint_it_is() {
        ProbeTargets targets = ServeCommand.targets(List.of("platform:https://fpsc.jiangsu.chinatax.gov.cn:8001/",
                "own:erp=http://10.0.0.5:8080/invoice", "vendor:https://sdk.nuonuo.com/open/v1/services", "http://10.0.0.6/api"));
        assertThat(targets.all()).extracting(ProbeTargets.Endpoint::id)
                .containsExactly("fpsc.jiangsu.chinatax.gov.cn", "erp", "sdk.nuonuo.com", "10.0.0.6");
        assertThat(targets.all()).extracting(ProbeTargets.Endpoint::role)
                .containsExactly(EndpointRole.platform, EndpointRole.own, EndpointRole.vendor, null);
        assertThat(targets.byId("erp").orElseThrow().uri().toString()).isEqualTo("http://10.0.0.5:8080/invoice");
    }

    @Test
    void a_word_in_front_that_is_no_role_is_refused_as_a_url() {
        assertThatThrownBy(() -> ServeCommand.targets(List.of("bank:http://10.0.0.5/"))).hasMessageContaining("http:// or https://");
    }
}
