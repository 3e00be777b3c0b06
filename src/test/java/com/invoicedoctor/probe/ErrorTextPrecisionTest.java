package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.ErrorTextAnalyzer.Layer;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wrong readings the lexicon once gave or could easily give, each kept out: generic words decide nothing, a word
 * inside a longer phrase means what the phrase means, and words left out of the lexicon on purpose stay out.
 */
class ErrorTextPrecisionTest {
    private static KnowledgeBase kb;
    private static ErrorTextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        kb = Fixture.product();
        analyzer = new ErrorTextAnalyzer(kb);
    }

    private static List<String> terms(String text) {
        return analyzer.analyse(text, EnumSet.of(Layer.TERM)).stream().map(Observation::id).toList();
    }

    private static String first(String text) {
        return new Reasoner(kb).assess(analyzer.analyse(text)).top().cause();
    }

    @Test
    void generic_words_of_failure_read_as_nothing() {
        assertThat(analyzer.analyse("Error: the operation failed", EnumSet.of(Layer.PATTERN, Layer.TERM))).isEmpty();
        assertThat(analyzer.analyse("操作失败，出现异常，请联系管理员。", EnumSet.of(Layer.PATTERN, Layer.TERM))).isEmpty();
    }

    @Test
    void a_connection_to_a_server_that_failed_is_not_a_dns_server_failure() {
        // "server failed" is nslookup's answer only after "can't find <name>:"; in a client's message it is everyday wording
        assertThat(analyzer.analyse("Connect to server failed: 服务器异常 (timeout)", EnumSet.of(Layer.PATTERN)))
                .extracting(Observation::id).doesNotContain("net.dns.resolves", "net.dns.failure");
        assertThat(analyzer.analyse("*** dns.google can't find fpsc.jiangsu.chinatax.gov.cn: Server failed", EnumSet.of(Layer.PATTERN)))
                .extracting(Observation::toString).contains("net.dns.failure = servfail");
        assertThat(analyzer.analyse(";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 4711", EnumSet.of(Layer.PATTERN)))
                .extracting(Observation::toString).contains("net.dns.failure = servfail");
    }

    @Test
    void a_ping_that_lost_nothing_speaks_against_congestion_not_for_it() {
        assertThat(analyzer.analyse("4 packets transmitted, 4 received, 0% packet loss, time 3004ms"))
                .extracting(Observation::toString).contains("net.loss.percent = 0").doesNotContain("term.congestion = yes");
        assertThat(analyzer.analyse("数据包: 已发送 = 4，已接收 = 4，丢失 = 0 (0% 丢失)，"))
                .extracting(Observation::toString).contains("net.loss.percent = 0");
        assertThat(analyzer.analyse("到服务器的延迟才三十多毫秒、不丢包，接口却返回 503"))
                .extracting(Observation::toString).contains("net.loss.percent = 0").doesNotContain("term.congestion = yes");
        assertThat(analyzer.analyse("10 packets transmitted, 7 received, 30% packet loss, time 9012ms"))
                .extracting(Observation::toString).doesNotContain("net.loss.percent = 0").contains("term.congestion = yes");
        assertThat(analyzer.analyse("丢包率 10%，经常掉线")).extracting(Observation::toString).doesNotContain("net.loss.percent = 0");
    }

    @Test
    void a_word_inside_a_longer_phrase_means_what_the_phrase_means() {
        assertThat(terms("SyntaxError: Unexpected token < in JSON at position 0"))
                .contains("term.format").doesNotContain("term.vendor-auth");
        assertThat(terms("Windows Network Diagnostics: The default gateway is not available"))
                .contains("term.ip-config").doesNotContain("term.gateway");
        assertThat(terms("您的连接不是私密连接 攻击者可能会试图从 example.com 窃取您的信息（例如：密码、通讯内容或信用卡信息）。"))
                .doesNotContain("term.attack");
        assertThat(terms("System.Security.Authentication.AuthenticationException: 根据验证过程，远程证书无效。"))
                .doesNotContain("term.certificate");
        assertThat(terms("System.IO.IOException: 由于远程方已关闭传输流，身份验证失败。"))
                .doesNotContain("term.platform-session");
        assertThat(terms("ResourceAccessException: I/O error on POST request for \"https://api.example.com/invoice\": Read timed out"))
                .doesNotContain("term.storage");
        assertThat(terms("连接开票服务器超时，请检查网络")).doesNotContain("term.tax-device");
        assertThat(terms("税控服务器连接失败")).contains("term.tax-device");
        assertThat(terms("HY000 11 database disk image is malformed")).contains("term.database").doesNotContain("term.format");
        assertThat(terms("dnsmasq-dhcp[12161]: DHCPOFFER(eth0) 192.168.100.157")).contains("term.ip-config").doesNotContain("term.dns");
        assertThat(terms("Error: Signature expired: 20170721T074556Z is now earlier than 20170722T022954Z"))
                .contains("term.clock").doesNotContain("term.vendor-auth");
        assertThat(terms("域名解析失败，请检查网络")).contains("term.dns").doesNotContain("term.format");
        assertThat(terms("HTTP/1.1 200 OK\nContent-Type: application/json; charset=UTF-8\nTransfer-Encoding: chunked\n\n"
                + "<?xml version=\"1.0\" encoding=\"UTF-8\"?><result>ok</result>")).doesNotContain("term.format");
        assertThat(terms("Content-Type: text/xml; charset=GBK")).contains("term.format");
        // the shorter word still counts where it stands alone
        assertThat(terms("税控盘证书口令错误，剩余尝试次数 2")).contains("term.certificate");
    }

    @Test
    void words_left_out_on_purpose_are_not_read() {
        assertThat(terms("{\"ids\": [17, 18], \"allowed IPs\": \"10.0.0.0/8\"}")).doesNotContain("term.ids");
        assertThat(terms("{\"msg\":\"ok\",\"code\":0,\"timestamp\":\"2024-01-01 10:00:00\"}")).doesNotContain("term.clock");
        assertThat(terms("设备状态异常，请重新插拔")).doesNotContain("term.taxpayer-status");
        assertThat(terms("注销登录后请重新登录")).doesNotContain("term.taxpayer-status");
        assertThat(terms("税率未授权")).contains("term.invoice-rules").doesNotContain("term.vendor-auth");
        assertThat(terms("请使用UTF-8编码保存文件")).doesNotContain("term.invoice-rules");
        assertThat(terms("离线开票时间超限")).contains("term.offline").doesNotContain("term.quota");
        assertThat(terms("Soap Fault: Server was unable to process request.")).doesNotContain("term.middleware");
        assertThat(terms("e1000e 0000:00:19.0 eth0: NIC Link is Up 1000 Mbps Full Duplex")).doesNotContain("term.bandwidth");
        assertThat(terms("pcieport 0000:00:1c.0: AER: Corrected error received: 0000:00:1c.0")).doesNotContain("term.memory-hardware");
        assertThat(terms("region ap-east-1 (Hong Kong) is not enabled for this account")).doesNotContain("term.gateway");
        assertThat(terms("开票软件已停止工作")).doesNotContain("term.crash", "term.tax-device");
        assertThat(terms("当合计税额的误差大于1.27元时，根据税局要求不允许开票")).doesNotContain("term.tax-bureau");
        assertThat(terms("商品编码必须为19位数字")).contains("term.invoice-rules").doesNotContain("term.invoice-data");
        assertThat(terms("款机波特率与转换器不一致")).contains("term.tax-device").doesNotContain("term.invoice-data");
    }

    @Test
    void the_words_a_pattern_matched_are_not_counted_again_but_the_rest_of_its_line_is() {
        String jms = "javax.jms.JMSException: Could not connect to broker URL: tcp://10.0.2.15:61616. Reason: "
                + "java.net.ConnectException: Connection refused";
        assertThat(analyzer.analyse(jms)).extracting(Observation::id).contains("net.tcp.connect", "term.middleware")
                .doesNotContain("term.refused");
        assertThat(first(jms)).isEqualTo("transport.middleware.config");
    }

    @Test
    void the_subject_of_a_message_decides_over_where_it_happened() {
        assertThat(first("离线累计金额超限!")).isEqualTo("client.offline-limit");
        assertThat(first("9568 接口方式开票，金额超出当前税盘开票限额，不允许开票")).isEqualTo("business.quota");
        assertThat(first("060111 红字发票申请表正在处理中!")).isEqualTo("server.async-pending");
        // a device that went offline is the device, not the offline-invoicing limits
        assertThat(terms("102税盘已离线或是登陆参数有误")).contains("term.tax-device").doesNotContain("term.offline");
    }

    @Test
    void a_refusal_at_the_pcs_own_address_is_a_local_program_not_the_platform() {
        assertThat(first("curl: (7) Failed to connect to 127.0.0.1 port 7890: Connection refused"))
                .isEqualTo("network.security.vpn-proxy");
        assertThat(first("curl: (7) Failed to connect to localhost port 8866: Connection refused"))
                .isNotEqualTo("platform.maintenance");
    }
    @Test
    void in_a_stack_trace_the_line_that_names_the_fault_decides_wherever_it_stands() {
        StringBuilder trace = new StringBuilder("org.springframework.web.client.ResourceAccessException: I/O error on POST request for "
                + "\"https://fp.example.com/api/invoice\": fp.example.com\n");
        for (int i = 0; i < 25; i++) {
            trace.append("\tat com.example.invoice.client.Step").append(i).append(".run(Step").append(i).append(".java:").append(40 + i).append(")\n");
        }
        trace.append("Caused by: java.net.UnknownHostException: fp.example.com\n");
        for (int i = 0; i < 10; i++) {
            trace.append("\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:").append(1500 + i).append(")\n");
        }
        assertThat(first(trace.toString())).isEqualTo("network.config.dns");
        assertThat(analyzer.analyse(trace.toString())).extracting(Observation::id).doesNotContain("term.storage");
    }

    @Test
    void a_vendor_code_in_a_chinese_message_decides_nothing_and_the_words_beside_it_do() {
        assertThat(analyzer.analyse("错误代码：0x00B2，[E1002]", EnumSet.of(Layer.PATTERN, Layer.TERM))).isEmpty();
        assertThat(first("错误代码：0x00B2，[E1002] 购方税号长度不正确，请核对")).isEqualTo("business.data");
    }

    @Test
    void the_families_of_pools_constraints_limits_heat_local_refusals_versions_and_pending_results_stay_out_of_ordinary_speech() {
        for (String text : List.of("我正在处理月底的发票，开具的时候一直转圈", "I was still processing the month-end invoices when it stopped",
                "服务器机房今天很热，空调坏了，但开票还正常", "the office fan is noisy but invoicing works",
                "我们的开票数量有上限吗？", "we upgraded the client last week and the version is the newest",
                "permission was denied when I tried to open the invoice folder", "文件夹访问被拒绝，没有权限",
                "the buyer's name cannot be left empty on the form, so I typed it in")) {
            assertThat(terms(text)).as(text).doesNotContain("term.db-pool", "term.sql-constraint", "term.api-limit", "term.thermal",
                    "term.local-block", "term.async");
        }
    }

    @Test
    void frozen_stock_or_a_shop_closed_for_a_holiday_is_no_account_or_status_and_a_rate_limit_is_no_bandwidth() {
        assertThat(terms("成品油冻结库存失败：可用库存不足")).doesNotContain("term.vendor-auth");
        assertThat(terms("春节期间门店停业三天，回来后开票就报错")).doesNotContain("term.vendor-auth");
        assertThat(terms("rate limit exceeded")).contains("term.api-limit").doesNotContain("term.bandwidth");
        assertThat(terms("The upload took a while, the request timed out")).doesNotContain("term.transfer-timeout");
    }
}

