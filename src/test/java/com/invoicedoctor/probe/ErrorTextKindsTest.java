package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kinds of error message, not wordings: each test reads messages of one kind in wordings other than the ones the
 * knowledge was written from (several products, both languages where the kind exists in both) and states the cause
 * a support engineer would look at first.
 */
class ErrorTextKindsTest {
    private static KnowledgeBase kb;
    private static ErrorTextAnalyzer analyzer;
    private static Reasoner reasoner;

    @BeforeAll
    static void load() {
        kb = Fixture.product();
        analyzer = new ErrorTextAnalyzer(kb);
        reasoner = new Reasoner(kb);
    }

    private static List<String> ranking(String text, Observation... told) {
        List<Observation> facts = new ArrayList<>(analyzer.analyse(text));
        facts.addAll(List.of(told));
        return reasoner.assess(facts).ranking().stream().map(Assessment.Ranked::cause).toList();
    }

    private static String first(String text, Observation... told) {
        return ranking(text, told).get(0);
    }

    private static double confidence(String text, String cause, Observation... told) {
        List<Observation> facts = new ArrayList<>(analyzer.analyse(text));
        facts.addAll(List.of(told));
        return reasoner.assess(facts).ranking().stream().filter(r -> r.cause().equals(cause)).findFirst().orElseThrow().confidence();
    }

    @Test
    void a_caller_ip_refused_by_the_other_side_is_its_authorisation_unless_the_egress_address_changed() {
        assertThat(first("{\"code\":40301,\"msg\":\"request ip 36.112.9.14 is not in the whitelist\"}")).isEqualTo("transport.vendor-auth");
        assertThat(first("错误码 1107：请求IP不在白名单，请先到开放平台控制台添加")).isEqualTo("transport.vendor-auth");
        // the egress is the other half: second in the ranking, and first once the office's public address is known to have changed
        assertThat(ranking("错误码 1107：请求IP不在白名单").subList(0, 2)).contains("network.egress.tax-endpoint");
        assertThat(first("错误码 1107：请求IP不在白名单", Observation.answered("net.egress-ip-changed", "yes")))
                .isEqualTo("network.egress.tax-endpoint");
    }

    @Test
    void a_pasted_refusal_or_timeout_does_not_favour_the_platform_unless_the_client_talks_to_the_platform() {
        for (String text : List.of("Error: connect ECONNREFUSED 10.20.3.4:8443",
                "System.Net.Sockets.SocketException (10061): 由于目标计算机积极拒绝，无法连接。 10.20.3.4:8443",
                "dial tcp 10.20.3.4:8443: connect: connection timed out")) {
            assertThat(first(text)).as(text).isNotEqualTo("platform.maintenance");
            double unknown = confidence(text, "platform.maintenance");
            double platformClient = confidence(text, "platform.maintenance", Observation.answered("setup.channel", "device-client"));
            assertThat(platformClient).as(text).isGreaterThan(unknown * 1.5);
        }
    }

    @Test
    void an_exhausted_database_connection_pool_is_load_before_the_database() {
        assertThat(first("com.alibaba.druid.pool.GetConnectionTimeoutException: wait millis 30000, active 50, maxActive 50"))
                .isEqualTo("server.overload");
        assertThat(first("org.apache.commons.dbcp.SQLNestedException: Cannot get a connection, pool error Timeout waiting for idle object"))
                .isEqualTo("server.overload");
        assertThat(first("开票服务日志：获取数据库连接超时，数据库连接池已满（最大连接数 100）")).isEqualTo("server.overload");
        assertThat(first("com.mchange.v2.resourcepool.BasicResourcePool: An attempt by a client to checkout a Connection has timed out."))
                .isEqualTo("server.overload");
        // the database the pool connects to is named, but the pool decides
        assertThat(ranking("Could not get JDBC Connection; nested exception is com.alibaba.druid.pool.GetConnectionTimeoutException")
                .subList(0, 2)).containsExactly("server.overload", "server.database");
    }

    @Test
    void a_database_constraint_violation_is_the_data_or_the_program_not_the_database() {
        for (String text : List.of("ERROR: null value in column \"buyer_tax_id\" violates not-null constraint",
                "java.sql.SQLIntegrityConstraintViolationException: Duplicate entry 'INV-2024-0042' for key 'uk_serial'",
                "ORA-12899: value too large for column \"INVOICE\".\"BUYER_NAME\" (actual: 120, maximum: 100)",
                "保存发票失败：违反唯一约束条件，主键冲突")) {
            List<String> top = ranking(text);
            assertThat(top.get(0)).as(text).isEqualTo("business.data");
            assertThat(top.subList(0, 3)).as(text).contains("server.software").doesNotContain("server.database");
        }
    }

    @Test
    void an_api_call_limit_is_the_service_shedding_load_not_the_invoicing_quota() {
        assertThat(first("{\"code\":\"10029\",\"msg\":\"接口调用次数超限，请明日再试\"}")).isEqualTo("server.overload");
        assertThat(first("errcode 45009: 今日接口调用超过限额")).isEqualTo("server.overload");
        assertThat(first("HTTP 403: API rate limit exceeded for installation 1234")).isEqualTo("server.overload");
        assertThat(ranking("接口调用超过限额").subList(0, 3)).doesNotContain("business.quota");
        // the invoicing quota keeps its own words
        assertThat(first("开票失败：剩余可用额度不足")).isEqualTo("business.quota");
    }

    @Test
    void a_server_management_overheating_or_fan_alert_is_the_processor_hardware() {
        assertThat(first("iLO IML: Critical - System Overheating (Temperature Sensor 02, Location CPU, Temperature 97C)"))
                .isEqualTo("server.hardware.cpu");
        assertThat(first("ipmitool sel: Temperature CPU1 Temp | Upper Critical going high | Asserted")).isEqualTo("server.hardware.cpu");
        assertThat(first("BMC告警：风扇故障，CPU温度传感器读数超过上限，服务器过温")).isEqualTo("server.hardware.cpu");
    }

    @Test
    void a_503_page_written_by_a_gateway_is_its_backends_not_a_platform_under_maintenance() {
        String page = "<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>";
        assertThat(first(page)).isEqualTo("transport.middleware.config");
        assertThat(first("HTTP 503: no healthy upstream")).isNotEqualTo("platform.maintenance");
    }

    @Test
    void an_outgoing_connection_the_machine_itself_refused_is_a_local_firewall() {
        assertThat(first("ssh: connect to host 10.0.4.7 port 22: connect: Permission denied")).isEqualTo("transport.security.firewall");
        assertThat(first("Error: connect EACCES 203.0.113.10:443")).isEqualTo("transport.security.firewall");
        assertThat(first("OSError: [WinError 10013] 以一种访问权限不允许的方式做了一个访问套接字的尝试。")).isEqualTo("transport.security.firewall");
    }

    @Test
    void a_version_the_other_side_no_longer_accepts_is_the_clients_version() {
        assertThat(first("返回码 2003：接口版本错误，请使用 v3 接口")).isEqualTo("client.version");
        assertThat(first("开票客户端版本太旧，已被强制升级，请下载最新版本后再试")).isEqualTo("client.version");
        assertThat(first("{\"error\":\"VersionError\",\"message\":\"SDK version is too low\"}")).isEqualTo("client.version");
    }

    @Test
    void a_result_still_being_produced_is_a_pending_request() {
        assertThat(first("发票PDF正在生成，请稍后查询")).isEqualTo("server.async-pending");
        assertThat(first("该笔发票正在查验，请勿重复提交")).isEqualTo("server.async-pending");
        assertThat(first("{\"status\":\"PROCESSING\",\"message\":\"the invoice is still being issued, query again later\"}"))
                .isEqualTo("server.async-pending");
    }
}
