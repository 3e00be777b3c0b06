package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Evidence;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Truthful answers move the product's diagnosis the right way (issue 12, points 6 and 8): each test assesses a
 * realistic case without and with one answer and states which way the cause's confidence must go.
 */
class RuleDirectionTest {
    private final KnowledgeBase kb = Fixture.product();
    private final Reasoner reasoner = new Reasoner(kb);

    /** The facts of a case as a helpdesk session holds them (checks staff ran or read). */
    private Assessment assess(Map<String, String> facts) {
        return reasoner.assess(Facts.parse(facts, kb, Observation.Source.check, "test"));
    }

    private static Map<String, String> with(Map<String, String> facts, String id, String value) {
        Map<String, String> more = new LinkedHashMap<>(facts);
        more.put(id, value);
        return more;
    }

    private double confidence(Map<String, String> facts, String cause) {
        return assess(facts).confidence(cause);
    }

    /** The evidence on a cause that rests on the given observation. */
    private java.util.List<Evidence> evidenceFrom(Map<String, String> facts, String cause, String observation) {
        return assess(facts).of(cause).orElseThrow().evidence().stream()
                .filter(e -> e.basis().stream().anyMatch(b -> b instanceof Observation o && o.id().equals(observation)))
                .toList();
    }

    private static Map<String, String> taxDiskClient() {
        return Map.of("setup.channel", "device-client", "net.other-sites-work", "yes", "timing.pattern", "always");
    }

    @Test
    void failing_after_a_run_of_invoices_and_clearing_by_itself_raises_the_intrusion_prevention_and_its_absence_lowers_it() {
        Map<String, String> intermittent = Map.of("setup.channel", "device-client", "net.other-sites-work", "yes",
                "timing.pattern", "intermittent");
        double before = confidence(intermittent, "transport.security.ids");
        assertThat(confidence(with(intermittent, "symptom.fails-after-burst", "yes"), "transport.security.ids")).isGreaterThan(before);
        assertThat(confidence(with(intermittent, "symptom.fails-after-burst", "no"), "transport.security.ids")).isLessThan(before);
    }

    @Test
    void a_filing_period_that_has_passed_does_not_lower_the_report_lock() {
        Map<String, String> officeWide = with(taxDiskClient(), "scope.other-pcs-fail", "yes");
        assertThat(confidence(with(officeWide, "timing.month-start", "no"), "client.report-lock"))
                .isGreaterThanOrEqualTo(confidence(officeWide, "client.report-lock"));
    }

    @Test
    void a_filing_period_that_has_passed_without_clearing_raises_the_report_lock() {
        Map<String, String> notCleared = with(with(taxDiskClient(), "scope.other-pcs-fail", "yes"), "client.reported-this-month", "no");
        assertThat(confidence(with(notCleared, "timing.month-start", "no"), "client.report-lock"))
                .isGreaterThan(confidence(notCleared, "client.report-lock"));
    }

    @Test
    void small_invoices_failing_too_does_not_lower_a_used_up_quota() {
        Map<String, String> usedUp = Map.of("setup.channel", "digital-web", "scope.other-pcs-fail", "yes",
                "business.quota-low", "yes", "net.other-sites-work", "yes");
        assertThat(confidence(with(usedUp, "symptom.large-amount-only", "no"), "business.quota"))
                .isGreaterThanOrEqualTo(confidence(usedUp, "business.quota"));
    }

    @Test
    void failing_when_clicking_issue_does_not_lower_the_tax_device() {
        Map<String, String> busyDevice = with(with(taxDiskClient(), "scope.other-pcs-fail", "no"), "device.other-program-open", "yes");
        assertThat(confidence(with(busyDevice, "symptom.stage", "submit"), "client.tax-device"))
                .isGreaterThanOrEqualTo(confidence(busyDevice, "client.tax-device"));
    }

    @Test
    void failing_when_clicking_issue_does_not_lower_the_certificate() {
        Map<String, String> revoked = with(with(taxDiskClient(), "scope.other-pcs-fail", "no"), "client.credential-error", "cert-invalid");
        assertThat(confidence(with(revoked, "symptom.stage", "submit"), "client.certificate"))
                .isGreaterThanOrEqualTo(confidence(revoked, "client.certificate"));
    }

    @Test
    void another_clerk_issuing_does_not_raise_the_platform_login_for_a_tax_disk_user() {
        Map<String, String> taxDisk = with(taxDiskClient(), "scope.other-pcs-fail", "no");
        assertThat(confidence(with(taxDisk, "scope.only-this-account", "yes"), "platform.session"))
                .isLessThanOrEqualTo(confidence(taxDisk, "platform.session"));
    }

    @Test
    void another_clerk_issuing_raises_the_platform_login_for_a_digital_invoice_user() {
        Map<String, String> digital = Map.of("setup.channel", "digital-web", "net.other-sites-work", "yes", "scope.other-pcs-fail", "no");
        assertThat(confidence(with(digital, "scope.only-this-account", "yes"), "platform.session"))
                .isGreaterThan(confidence(digital, "platform.session"));
    }

    @Test
    void slowness_before_the_error_does_not_lower_a_failing_disk() {
        Map<String, String> ownServer = Map.of("setup.channel", "own-server", "scope.other-pcs-fail", "yes",
                "symptom.reply", "empty", "timing.pattern", "intermittent", "net.other-sites-work", "yes");
        assertThat(confidence(with(ownServer, "symptom.slow", "yes"), "server.hardware.storage"))
                .isGreaterThan(confidence(ownServer, "server.hardware.storage"));
        Map<String, String> disk = with(ownServer, "server.disk-errors", "yes");
        assertThat(confidence(with(disk, "symptom.slow", "yes"), "server.hardware.storage"))
                .isGreaterThanOrEqualTo(confidence(disk, "server.hardware.storage"));
    }

    @Test
    void a_specific_error_message_counts_against_failing_hardware_but_not_against_the_database() {
        Map<String, String> database = Map.of("setup.channel", "own-server", "scope.other-pcs-fail", "yes",
                "server.db-errors", "yes", "net.other-sites-work", "yes");
        Map<String, String> worded = with(database, "symptom.reply", "specific-error");
        assertThat(evidenceFrom(worded, "server.database", "symptom.reply")).allSatisfy(e -> assertThat(e.ratio()).isGreaterThanOrEqualTo(1));
        assertThat(evidenceFrom(worded, "server.hardware.storage", "symptom.reply")).anySatisfy(e -> assertThat(e.ratio()).isLessThan(1));
        double before = confidence(database, "server.database") / confidence(database, "server.hardware.storage");
        double after = confidence(worded, "server.database") / confidence(worded, "server.hardware.storage");
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void a_recent_patch_does_not_tie_a_clear_memory_case_with_a_software_bug() {
        Map<String, String> memory = Map.of("setup.channel", "own-server", "scope.other-pcs-fail", "yes", "symptom.reply", "empty",
                "timing.pattern", "intermittent", "server.crash-logs", "yes", "server.memory-errors", "yes",
                "server.restart-helps", "yes", "net.other-sites-work", "yes");
        Assessment patched = assess(with(memory, "server.recent-update", "yes"));
        assertThat(patched.top().cause()).isEqualTo("server.hardware.memory");
        assertThat(patched.confidence("server.hardware.memory")).isGreaterThan(3 * patched.confidence("server.software"));
    }

    @Test
    void a_recent_patch_does_not_tie_a_clear_database_case_with_a_software_bug() {
        Map<String, String> database = Map.of("setup.channel", "own-server", "scope.other-pcs-fail", "yes", "symptom.reply", "empty",
                "symptom.stage", "query", "server.db-errors", "yes", "server.power-loss", "yes", "net.other-sites-work", "yes");
        Assessment patched = assess(with(database, "server.recent-update", "yes"));
        assertThat(patched.top().cause()).isEqualTo("server.database");
        assertThat(patched.confidence("server.database")).isGreaterThan(3 * patched.confidence("server.software"));
    }

    @Test
    void a_recent_patch_still_points_to_the_software_when_no_log_shows_another_fault() {
        Map<String, String> emptyReplies = Map.of("setup.channel", "own-server", "scope.other-pcs-fail", "yes",
                "symptom.reply", "empty", "net.other-sites-work", "yes");
        assertThat(confidence(with(emptyReplies, "server.recent-update", "yes"), "server.software"))
                .isGreaterThan(confidence(emptyReplies, "server.software"));
    }

    @Test
    void a_public_dns_resolving_the_host_is_no_dns_fault_without_a_sign_of_local_failure() {
        Map<String, String> blocked = Map.of("net.other-sites-work", "yes", "net.tcp.connect", "timeout", "net.dns.resolves", "yes",
                "scope.other-pcs-fail", "yes");
        Assessment publicWorks = assess(with(blocked, "net.dns.alt-works", "yes"));
        assertThat(publicWorks.findings()).extracting(f -> f.id()).doesNotContain("finding.dns-fault");
        assertThat(publicWorks.confidence("network.config.dns")).isLessThanOrEqualTo(confidence(blocked, "network.config.dns"));
    }

    @Test
    void a_public_dns_resolving_what_the_usual_one_cannot_points_to_dns() {
        Map<String, String> unresolved = Map.of("net.dns.resolves", "no", "scope.other-pcs-fail", "yes");
        Assessment publicWorks = assess(with(unresolved, "net.dns.alt-works", "yes"));
        assertThat(publicWorks.findings()).extracting(f -> f.id()).contains("finding.dns-fault");
        assertThat(publicWorks.confidence("network.config.dns")).isGreaterThan(confidence(unresolved, "network.config.dns"));
        assertThat(publicWorks.top().cause()).isEqualTo("network.config.dns");
    }

    @Test
    void the_host_answering_by_ip_is_no_dns_fault_while_its_name_works() {
        Map<String, String> businessReject = Map.of("net.other-sites-work", "yes", "net.tcp.connect", "ok", "net.dns.resolves", "yes",
                "symptom.reply", "specific-error");
        Assessment byIp = assess(with(businessReject, "net.ip-direct-works", "yes"));
        assertThat(byIp.findings()).extracting(f -> f.id()).doesNotContain("finding.dns-fault");
        Map<String, String> staleRecord = Map.of("net.other-sites-work", "yes", "net.tcp.connect", "timeout", "net.dns.resolves", "yes");
        assertThat(assess(with(staleRecord, "net.ip-direct-works", "yes")).findings()).extracting(f -> f.id()).contains("finding.dns-fault");
    }

    @Test
    void another_channel_working_does_not_clear_an_invoice_server_that_channel_bypasses() {
        for (String channel : java.util.List.of("own-server", "erp-vendor")) {
            Map<String, String> emptyReply = Map.of("setup.channel", channel, "symptom.reply", "empty", "scope.other-pcs-fail", "yes",
                    "net.other-sites-work", "yes");
            Map<String, String> webWorks = with(emptyReply, "scope.other-channel-works", "yes");
            assertThat(evidenceFrom(webWorks, "server.software", "scope.other-channel-works")).as(channel).isEmpty();
            // the other channel clears the platform the two share, not the server it bypasses
            assertThat(confidence(webWorks, "server.software") / confidence(webWorks, "platform.maintenance")).as(channel)
                    .isGreaterThan(confidence(emptyReply, "server.software") / confidence(emptyReply, "platform.maintenance"));
        }
        Map<String, String> client = with(with(taxDiskClient(), "symptom.reply", "empty"), "scope.other-channel-works", "yes");
        assertThat(evidenceFrom(client, "server.software", "scope.other-channel-works")).extracting(Evidence::ratio)
                .allMatch(r -> r < 1).isNotEmpty();
    }

    @Test
    void the_pc_showing_the_right_time_does_not_clear_a_clock_error_the_device_reports() {
        Map<String, String> clockMessage = with(taxDiskClient(), "error.kind", "clock");
        assertThat(confidence(with(clockMessage, "client.clock-wrong", "no"), "client.clock"))
                .isGreaterThanOrEqualTo(confidence(clockMessage, "client.clock"));
        assertThat(confidence(with(clockMessage, "clock.skew.seconds", "2"), "client.clock"))
                .isGreaterThanOrEqualTo(confidence(clockMessage, "client.clock"));
        // without a clock message, the PC's right time still speaks against a clock fault
        assertThat(confidence(with(taxDiskClient(), "client.clock-wrong", "no"), "client.clock"))
                .isLessThan(confidence(taxDiskClient(), "client.clock"));
    }
}
