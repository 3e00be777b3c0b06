package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts callers tell that had nowhere to go (issue 12, point 2): each moves the diagnosis the way it should. */
class FieldFactsTest {
    private final KnowledgeBase kb = Fixture.product();
    private final Reasoner reasoner = new Reasoner(kb);

    private static Observation fact(String id, String value) {
        return Observation.answered(id, value);
    }

    private double confidence(String cause, List<Observation> facts) {
        return reasoner.assess(facts).confidence(cause);
    }

    private double shift(String cause, Observation added, Observation... context) {
        return ConfidenceShift.of(reasoner, cause, added, context);
    }

    @Test
    void a_vendor_release_points_to_the_server_software_and_not_to_tax_platform_maintenance() {
        Observation release = fact("server.recent-update", "yes");
        assertThat(shift("server.software", release)).isGreaterThan(2);
        assertThat(shift("platform.maintenance", release)).isLessThan(1);
        assertThat(kb.observation("platform.notice").orElseThrow().title().en()).contains("vendor's own system does not count");
    }

    @Test
    void a_hand_change_of_ip_or_dns_settings_points_to_those_settings() {
        Observation changed = fact("net.settings-changed", "yes");
        assertThat(shift("network.config.ip", changed)).isGreaterThan(2);
        assertThat(shift("network.config.dns", changed)).isGreaterThan(2);
        assertThat(shift("network.config.ip", fact("net.settings-changed", "no"))).isLessThan(1);
    }

    @Test
    void an_address_or_gateway_from_another_subnet_leads_to_the_ip_configuration() {
        List<Observation> facts = List.of(fact("net.local.wrong-subnet", "yes"), fact("scope.other-pcs-fail", "no"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("network.config.ip");
    }

    @Test
    void a_stale_address_after_the_server_moved_leads_to_dns() {
        List<Observation> facts = List.of(fact("server.address-changed", "yes"), fact("net.dns.stale-address", "yes"),
                fact("net.other-sites-work", "yes"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("network.config.dns");
        assertThat(shift("network.config.dns", fact("net.dns.stale-address", "no"))).isLessThan(0.5);
    }

    @Test
    void a_server_that_moved_points_to_stale_addresses_in_dns_egress_and_middleware() {
        Observation moved = fact("server.address-changed", "yes");
        assertThat(shift("network.config.dns", moved)).isGreaterThan(2);
        assertThat(shift("network.egress.tax-endpoint", moved)).isGreaterThan(1.5);
        assertThat(shift("transport.middleware.config", moved)).isGreaterThan(1.3);
    }

    @Test
    void an_overloaded_proxy_with_branches_working_without_it_leads_to_the_proxy() {
        List<Observation> facts = List.of(fact("net.proxy.configured", "yes"), fact("scope.other-site-works", "yes"),
                fact("net.proxy.overloaded", "yes"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("network.security.vpn-proxy");
        Observation branchesFailToo = fact("scope.other-site-works", "no");
        assertThat(shift("network.hardware.device", branchesFailToo)).isLessThan(0.5);
        assertThat(shift("platform.maintenance", fact("scope.other-site-works", "yes"))).isLessThan(0.5);
    }

    @Test
    void a_proxy_on_127_0_0_1_points_to_the_local_tool_as_proxy() {
        assertThat(shift("network.security.vpn-proxy", fact("net.proxy.local-tool", "yes"))).isGreaterThan(5);
    }

    @Test
    void chat_apps_working_while_web_pages_fail_points_to_dns_not_to_the_link() {
        Observation webDown = fact("net.other-sites-work", "no");
        Observation chatWorks = fact("net.chat-works-web-fails", "yes");
        assertThat(shift("network.config.dns", chatWorks, webDown)).isGreaterThan(2);
        assertThat(shift("network.hardware.device", chatWorks, webDown)).isLessThan(0.5);
    }

    @Test
    void some_websites_opening_and_others_not_points_to_dns_rather_than_a_dead_link() {
        Assessment some = reasoner.assess(List.of(fact("net.other-sites-work", "some")));
        assertThat(some.confidence("network.config.dns")).isGreaterThan(some.confidence("network.hardware.device"));
        assertThat(shift("network.config.dns", fact("net.other-sites-work", "some"))).isGreaterThan(2);
    }

    @Test
    void a_wrong_or_shared_gateway_mac_points_to_an_attack() {
        assertThat(shift("network.security.attack", fact("net.arp-gateway-duplicate", "yes"))).isGreaterThan(3);
        assertThat(shift("network.security.attack", fact("net.arp-gateway-duplicate", "no"))).isLessThan(1);
    }

    @Test
    void a_mobile_hotspot_out_of_data_is_a_bandwidth_cap() {
        List<Observation> facts = List.of(fact("net.mobile-data", "capped"), fact("symptom.slow", "yes"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("network.capacity.bandwidth");
    }

    @Test
    void the_month_end_rush_raises_overload_and_the_quota_and_lowers_the_reporting_lock() {
        Observation monthEnd = fact("timing.month-end", "yes");
        assertThat(shift("server.overload", monthEnd)).isGreaterThan(1.5);
        assertThat(shift("business.quota", monthEnd)).isGreaterThan(1.5);
        assertThat(shift("client.report-lock", monthEnd)).isLessThan(1);
    }

    @Test
    void a_bare_server_error_leans_to_the_server_side_and_away_from_checks_that_name_themselves() {
        Observation bare = fact("symptom.reply", "nothing-else");
        assertThat(shift("server.software", bare)).isGreaterThan(1);
        assertThat(shift("client.certificate", bare)).isLessThan(1);
        assertThat(shift("platform.session", bare)).isLessThan(1);
    }

    @Test
    void uploads_and_downloads_both_failing_speak_against_one_invoice_s_content_and_the_quota() {
        Observation both = fact("symptom.up-and-down-fail", "yes");
        assertThat(shift("business.rules", both)).isLessThan(0.5);
        assertThat(shift("business.data", both)).isLessThan(0.5);
        assertThat(shift("business.quota", both)).isLessThan(1);
    }

    @Test
    void one_big_invoice_and_then_nothing_points_to_the_quota_or_with_a_tax_device_to_the_offline_limit() {
        List<Observation> facts = List.of(fact("symptom.after-big-invoice", "yes"), fact("setup.channel", "digital-web"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("business.quota");
        Observation bigThenNothing = fact("symptom.after-big-invoice", "yes");
        Observation taxDevice = fact("setup.channel", "device-client");
        assertThat(shift("client.offline-limit", bigThenNothing, taxDevice))
                .isGreaterThan(shift("client.offline-limit", bigThenNothing)).isGreaterThan(1.5);
    }

    @Test
    void an_expired_device_certificate_points_to_the_certificate() {
        assertThat(shift("client.certificate", fact("client.cert-validity", "expired"))).isGreaterThan(3);
        assertThat(shift("client.certificate", fact("client.cert-validity", "valid"))).isLessThan(1);
    }

    @Test
    void a_tax_device_in_a_shared_usb_box_keeps_the_device_in_play_when_every_pc_fails() {
        Observation officeWide = fact("scope.other-pcs-fail", "yes");
        Observation shared = fact("device.shared-box", "yes");
        assertThat(shift("client.tax-device", shared)).isGreaterThan(2);
        assertThat(shift("client.tax-device", shared, officeWide)).isGreaterThan(5);
    }

    @Test
    void new_security_software_that_asked_to_block_points_to_a_block_on_this_pc() {
        Observation suite = fact("client.security-software-new", "yes");
        assertThat(shift("transport.security.firewall", suite)).isGreaterThan(3);
        assertThat(shift("network.security.attack", suite)).isLessThan(1.01);
        assertThat(shift("transport.security.firewall", fact("client.security-software-new", "no"))).isLessThan(1);
    }

    @Test
    void the_clerk_who_knew_the_pin_gone_points_to_the_certificate_and_pin() {
        assertThat(shift("client.certificate", fact("client.pin-holder-left", "yes"))).isGreaterThan(3);
        assertThat(shift("platform.session", fact("client.pin-holder-left", "yes"), fact("setup.channel", "digital-web")))
                .isGreaterThan(1.5);
    }

    @Test
    void a_notice_to_come_to_the_tax_office_points_to_the_taxpayer_s_standing() {
        List<Observation> facts = List.of(fact("platform.office-visit-notice", "yes"), fact("scope.other-pcs-fail", "yes"),
                fact("scope.other-companies-fail", "no"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("business.taxpayer-status");
        assertThat(shift("business.taxpayer-status", fact("platform.office-visit-notice", "no"))).isLessThan(1);
    }

    @Test
    void certificate_warnings_on_many_ordinary_sites_point_to_the_clock_and_a_clean_browser_weakens_it() {
        Observation warnings = fact("net.browser-cert-warnings", "yes");
        assertThat(shift("client.clock", warnings)).isGreaterThan(2.5);
        assertThat(shift("client.certificate", warnings)).isLessThan(1);
        assertThat(shift("client.clock", fact("net.browser-cert-warnings", "no"))).isLessThan(1);
        List<Observation> facts = List.of(warnings, fact("timing.power-cut", "yes"), fact("scope.other-pcs-fail", "no"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("client.clock");
    }

    @Test
    void a_new_motherboard_or_cmos_battery_raises_the_clock_and_with_certificate_warnings_leads_to_it() {
        Observation serviced = fact("client.board-or-battery-changed", "yes");
        assertThat(shift("client.clock", serviced)).isGreaterThan(2);
        assertThat(shift("client.clock", fact("client.board-or-battery-changed", "no"))).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        List<Observation> facts = List.of(serviced, fact("net.browser-cert-warnings", "yes"), fact("net.other-sites-work", "some"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("client.clock");
    }

    @Test
    void some_sites_failing_leaves_room_for_a_clock_far_off_which_certificate_warnings_then_decide() {
        Observation some = fact("net.other-sites-work", "some");
        assertThat(shift("client.clock", some)).isGreaterThan(1.2);
        assertThat(shift("network.config.dns", some)).isGreaterThan(shift("client.clock", some));
        List<Observation> facts = List.of(some, fact("net.browser-cert-warnings", "yes"));
        assertThat(reasoner.assess(facts).top().cause()).isEqualTo("client.clock");
    }
}
