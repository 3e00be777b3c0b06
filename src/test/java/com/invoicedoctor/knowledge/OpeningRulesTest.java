package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a told fact of an opening does to the diagnosis (issue 11): its direction, and that it stays modest. */
class OpeningRulesTest {
    private final Reasoner reasoner = new Reasoner(Fixture.product());

    private static Observation fact(String id, String value) {
        return Observation.answered(id, value);
    }

    private double shift(String cause, Observation added, Observation... context) {
        return ConfidenceShift.of(reasoner, cause, added, context);
    }

    @Test
    void only_some_invoices_failing_points_to_their_data_and_away_from_the_line_and_the_platform() {
        Observation some = fact("symptom.some-invoices-only", "yes");
        assertThat(shift("business.data", some)).isGreaterThan(2);
        assertThat(shift("business.rules", some)).isGreaterThan(1.3);
        assertThat(shift("network.hardware.device", some)).isLessThan(1);
        assertThat(shift("platform.maintenance", some)).isLessThan(0.7);
        assertThat(shift("client.clock", some)).isLessThan(0.7);
        assertThat(shift("business.data", fact("symptom.some-invoices-only", "no"))).isLessThan(1);
    }

    @Test
    void only_some_invoices_failing_alone_does_not_make_the_interview_confident() {
        assertThat(reasoner.assess(List.of(fact("symptom.some-invoices-only", "yes"))).top().confidence()).isLessThan(0.5);
    }

    @Test
    void busy_hours_raise_an_overheating_server_processor_less_than_overload() {
        Observation busy = fact("timing.busy-hours", "yes");
        assertThat(shift("server.hardware.cpu", busy)).isGreaterThan(1.1);
        assertThat(shift("server.overload", busy)).isGreaterThan(shift("server.hardware.cpu", busy));
    }

    @Test
    void one_pc_failing_with_its_cable_ruled_out_points_to_its_network_card() {
        Observation onePc = fact("scope.other-pcs-fail", "no");
        Observation cableTried = fact("net.cable-swap-works", "no");
        assertThat(shift("network.hardware.nic", cableTried, onePc)).isGreaterThan(2);
        assertThat(shift("network.hardware.device", cableTried, onePc)).isLessThan(1);
        // without the one-PC finding a tried cable says less about the card
        assertThat(shift("network.hardware.nic", cableTried)).isLessThan(shift("network.hardware.nic", cableTried, onePc));
    }

    @Test
    void one_pc_failing_now_and_then_raises_an_address_clash_but_the_whole_office_failing_so_does_not() {
        Observation intermittent = fact("timing.pattern", "intermittent");
        assertThat(shift("network.config.ip", intermittent, fact("scope.other-pcs-fail", "no"))).isGreaterThan(1.2);
        assertThat(shift("network.config.ip", intermittent, fact("scope.other-pcs-fail", "yes"))).isLessThan(1);
    }

    @Test
    void an_erp_or_interface_channel_raises_the_interface_chain_and_lowers_the_tax_device() {
        Observation erp = fact("setup.channel", "erp-vendor");
        assertThat(shift("transport.middleware.config", erp)).isGreaterThan(1.3);
        assertThat(shift("transport.middleware.format", erp)).isGreaterThan(1.3);
        assertThat(shift("client.tax-device", erp)).isLessThan(0.5);
        assertThat(reasoner.assess(List.of(erp)).top().confidence()).isLessThan(0.5);
    }
}
