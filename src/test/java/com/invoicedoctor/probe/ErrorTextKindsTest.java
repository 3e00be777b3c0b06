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
    void a_taxpayer_whose_registration_is_inactive_or_not_enabled_for_e_invoicing_is_the_taxpayer_s_status() {
        // India's e-invoice portal in English, the tax bureau's own words in Chinese
        assertThat(first("{\"Status\":0,\"ErrorDetails\":[{\"ErrorCode\":\"3029\",\"ErrorMessage\":\"Buyer GSTIN is inactive or cancelled\"}]}"))
                .isEqualTo("business.taxpayer-status");
        assertThat(first("1014: Inactive User. E-Invoice is not enabled for this GSTIN")).isEqualTo("business.taxpayer-status");
        assertThat(first("开具失败：纳税人状态异常，禁止开票")).isEqualTo("business.taxpayer-status");
        // an inactive user or key alone is no taxpayer's status
        assertThat(analyzer.analyse("API key is inactive")).extracting(Observation::id).doesNotContain("term.taxpayer-status");
    }

    @Test
    void an_application_error_page_is_the_answering_application_s_software_among_the_first() {
        assertThat(analyzer.analyse("Application error: An error occurred in the application and your page could not be served"))
                .extracting(Observation::id).contains("term.server-error");
        assertThat(analyzer.analyse("调用失败：应用异常，请查看服务端日志")).extracting(Observation::id).contains("term.server-error");
        assertThat(ranking("Application error: An error occurred in the application and your page could not be served")
                .subList(0, 3)).contains("server.software");
        assertThat(ranking("调用失败：应用异常，请查看服务端日志").subList(0, 3)).contains("server.software");
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
            // the constraint rules: the data first, the program second; the classifier's weak vote may put either first
            List<String> rules = reasoner.assess(analyzer.analyse(text, java.util.EnumSet.of(ErrorTextAnalyzer.Layer.PATTERN,
                    ErrorTextAnalyzer.Layer.TERM))).ranking().stream().map(Assessment.Ranked::cause).toList();
            assertThat(rules.get(0)).as(text).isEqualTo("business.data");
            List<String> top = ranking(text);
            assertThat(top.get(0)).as(text).isIn("business.data", "server.software");
            assertThat(top.subList(0, 3)).as(text).contains("business.data", "server.software").doesNotContain("server.database");
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

    @Test
    void a_plain_server_error_is_the_servers_software_before_the_platforms_maintenance() {
        for (String text : List.of("Request failed: 500 Internal Server Error", "{\"code\":500,\"msg\":\"服务器内部错误\"}",
                "开票请求失败：系统异常，请联系管理员", "Server Error: please check the server logs")) {
            assertThat(first(text)).as(text).isEqualTo("server.software");
            assertThat(confidence(text, "server.software")).as(text).isGreaterThan(confidence(text, "platform.maintenance"));
        }
    }

    @Test
    void an_account_or_merchant_the_vendor_stopped_is_the_vendors_authorisation() {
        assertThat(first("{\"code\":1003,\"msg\":\"账号已冻结，请联系客服\"}")).isEqualTo("transport.vendor-auth");
        assertThat(first("下单失败：商户号已冻结")).isEqualTo("transport.vendor-auth");
        assertThat(first("403 Forbidden: your account has been suspended, contact billing")).isEqualTo("transport.vendor-auth");
        assertThat(first("{\"error\":\"ACCOUNT_DISABLED\"}")).isEqualTo("transport.vendor-auth");
    }

    @Test
    void an_exhausted_thread_pool_is_an_overloaded_server_even_when_the_middleware_is_named() {
        assertThat(first("SEVERE: All threads (150) are currently busy, waiting. Increase maxThreads (150) or check the servlet status"))
                .isEqualTo("server.overload");
        assertThat(first("org.apache.dubbo.remoting.RemotingException: Server side(10.1.2.3,20880) threadpool is exhausted"))
                .isEqualTo("server.overload");
        assertThat(first("开票服务处理失败：业务线程池已满，请稍后再试")).isEqualTo("server.overload");
    }

    @Test
    void object_storage_closing_a_slow_upload_is_the_lines_capacity() {
        String s3 = "com.amazonaws.services.s3.model.AmazonS3Exception: Your socket connection to the server was not read from or "
                + "written to within the timeout period. (Service: Amazon S3; Status Code: 400; Error Code: RequestTimeout)";
        assertThat(first(s3)).isEqualTo("network.capacity.bandwidth");
        // the rules put congestion second; the classifier's weak vote may put a busy server beside it
        List<String> rules = reasoner.assess(analyzer.analyse(s3, java.util.EnumSet.of(ErrorTextAnalyzer.Layer.PATTERN,
                ErrorTextAnalyzer.Layer.TERM))).ranking().stream().map(Assessment.Ranked::cause).toList();
        assertThat(rules.subList(0, 2)).contains("network.capacity.congestion");
        assertThat(ranking(s3).subList(0, 3)).contains("network.capacity.congestion");
        assertThat(first("ossutil: upload failed, ErrorCode=RequestTimeout")).isIn("network.capacity.bandwidth", "network.capacity.congestion");
    }

    @Test
    void an_exceeded_rate_limit_is_an_api_limit_not_bandwidth() {
        for (String text : List.of("API rate limit exceeded for 203.0.113.7", "Error: rate limit exceeded, retry in 60 s")) {
            assertThat(first(text)).as(text).isEqualTo("server.overload");
            assertThat(ranking(text).subList(0, 3)).as(text).doesNotContain("network.capacity.bandwidth");
        }
    }

    @Test
    void a_connect_timeout_to_a_resolved_name_is_the_egress_before_security_software() {
        for (String text : List.of("curl: (28) Failed to connect to fpdk.example.com port 8443 after 21004 ms: Timeout was reached",
                "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='fpdk.example.com', port=8443): Max retries exceeded "
                        + "(Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object>, 'Connection to fpdk.example.com timed out.'))",
                "[WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。")) {
            List<String> ranked = ranking(text);
            assertThat(ranked.indexOf("network.egress.tax-endpoint")).as(text).isLessThan(ranked.indexOf("transport.security.firewall"));
            assertThat(ranked.subList(0, 3)).as(text).contains("network.egress.tax-endpoint");
        }
    }
    @Test
    void an_account_balance_used_up_is_the_allowance_then_the_vendor_account() {
        for (String text : List.of("调用失败：账户余额不足，请充值后重试", "错误码 40012：帐号已欠费，服务已暂停",
                "{\"code\":\"INSUFFICIENT_BALANCE\",\"message\":\"Your account balance is insufficient\"}")) {
            assertThat(first(text)).as(text).isEqualTo("business.quota");
        }
        // the vendor account is the second reading of a balance, not the first
        assertThat(ranking("调用失败：账户余额不足，请充值后重试").subList(0, 3)).contains("transport.vendor-auth");
        // a key or signature refused is still the vendor's authorisation
        assertThat(first("返回码 1002：签名错误，请检查 appSecret")).isEqualTo("transport.vendor-auth");
    }

    @Test
    void a_cloud_apis_throttling_code_is_an_api_limit_not_bandwidth() {
        for (String text : List.of("Throttling.Api: Request was denied due to api flow control.",
                "ServerException: HTTP Status: 429 Error:Throttling.User Flow control has been triggered.")) {
            assertThat(first(text)).as(text).isEqualTo("server.overload");
            assertThat(ranking(text).subList(0, 3)).as(text).doesNotContain("network.capacity.bandwidth");
        }
        // a network card's link-up line speaks of flow control too, and is no API limit
        assertThat(analyzer.analyse("r8169 0000:02:00.0 eth0: Link is Up - 1Gbps/Full - flow control rx/tx"))
                .noneMatch(o -> o.id().equals("term.api-limit"));
    }

    @Test
    void a_503_that_says_a_name_could_not_be_resolved_is_the_gateways_resolver_not_maintenance() {
        String kong = "HTTP/1.1 503 Service Temporarily Unavailable\nServer: kong/3.4.0\n\n{\"message\":\"name resolution failed\"}";
        assertThat(first(kong)).isEqualTo("transport.middleware.config");
        assertThat(ranking(kong).subList(0, 3)).contains("network.config.dns").doesNotContain("platform.maintenance");
        assertThat(first("网关返回 503：DNS resolution failed，后端服务域名解析不到")).isNotEqualTo("platform.maintenance");
    }

    @Test
    void a_certificate_dotnet_could_not_validate_without_saying_why_is_the_clock_first() {
        assertThat(first("System.Security.Authentication.AuthenticationException: 根据验证过程，远程证书无效。")).isEqualTo("client.clock");
        String en = "System.Net.WebException: The underlying connection was closed: Could not establish trust relationship for "
                + "the SSL/TLS secure channel. ---> The remote certificate is invalid according to the validation procedure.";
        assertThat(ranking(en).subList(0, 2)).contains("client.clock");
        assertThat(ranking(en).subList(0, 3)).contains("network.security.vpn-proxy");
        // a client that says the chain is untrusted is interception first, not the clock
        String pkix = "javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target";
        assertThat(first(pkix)).isNotEqualTo("client.clock");
        // .NET naming the name check is no clock either
        assertThat(first("SslPolicyErrors: RemoteCertificateNameMismatch")).isNotEqualTo("client.clock");
    }

    @Test
    void invoice_data_that_do_not_match_is_the_invoice_data() {
        assertThat(first("查验结果：发票信息不一致，请核对发票代码、号码和金额")).isEqualTo("business.data");
        assertThat(first("{\"code\":\"DataMismatch\",\"message\":\"The invoice data do not match the tax records\"}"))
                .isEqualTo("business.data");
        // a bare 不一致 of an address or a firmware is not the invoice's data
        assertThat(first("4067：当前请求来源 IP 与企业备案出口 IP 不一致")).isNotEqualTo("business.data");
    }

    @Test
    void an_e_invoicing_business_rule_code_is_the_invoicing_rules() {
        assertThat(first("[BR-CO-15]-Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + "
                + "Invoice total VAT amount (BT-110).")).isEqualTo("business.rules");
        assertThat(first("ZATCA rejected: BR-KSA-F-04 - the VAT rate must be 15 for a standard rated line")).isEqualTo("business.rules");
        assertThat(first("Validation error: the VAT category code of line 2 is not allowed with a zero VAT rate")).isEqualTo("business.rules");
        // Docker's bridges are named br- and a hex number: no rule code
        assertThat(analyzer.analyse("kernel: br-3f2a9c1d7e10: port 1(veth12ab) entered blocking state"))
                .noneMatch(o -> o.id().equals("term.invoice-rules"));
    }

    @Test
    void a_full_connection_tracking_table_is_more_traffic_than_the_path_holds_then_a_flood() {
        List<String> ranked = ranking("Dec  6 10:02:11 gw kernel: [88123.4] nf_conntrack: table full, dropping packet");
        assertThat(ranked.get(0)).isEqualTo("network.capacity.congestion");
        assertThat(ranked.subList(0, 3)).contains("network.security.attack");
        // a SYN flood stays an attack
        assertThat(first("TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.")).isEqualTo("network.security.attack");
    }

    @Test
    void a_refusal_at_localhost_in_a_server_programs_log_is_its_local_service_not_a_proxy() {
        assertThat(first("Exception in thread \"scheduler-1\" java.net.ConnectException: Connection refused: connect to 127.0.0.1:8161"))
                .isIn("server.software", "transport.middleware.config");
        assertThat(first("ERROR c.i.mq.Consumer - Could not connect to broker URL: tcp://localhost:61616. Reason: java.net.ConnectException: Connection refused"))
                .isEqualTo("transport.middleware.config");
        // a bare refusal at the PC's own proxy port is still the local proxy
        assertThat(first("curl: (7) Failed to connect to 127.0.0.1 port 7890: Connection refused")).isEqualTo("network.security.vpn-proxy");
    }

    @Test
    void a_pasted_refusal_by_another_host_keeps_the_egress_in_view() {
        for (String text : List.of("curl: (7) Failed to connect to api.vendor.example port 443 after 35 ms: Connection refused",
                "ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。")) {
            assertThat(ranking(text).subList(0, 2)).as(text).contains("network.egress.tax-endpoint");
        }
    }

    @Test
    void a_service_saying_its_own_processing_timed_out_is_a_busy_service_or_a_pending_result() {
        for (String text : List.of("{\"code\":\"5004\",\"msg\":\"开票任务处理超时，请稍后查询结果\"}",
                "FailedOperation.ProcessingTimeout: the recognition task did not finish in time")) {
            assertThat(ranking(text).subList(0, 2)).as(text).containsAnyOf("server.overload", "server.async-pending");
            assertThat(first(text)).as(text).isIn("server.overload", "server.async-pending");
        }
        assertThat(first("SERVICE_UNAVAILABLE：服务过载，请稍后重试")).isEqualTo("server.overload");
    }

    private static boolean reads(String text, String fact) {
        return analyzer.analyse(text).stream().anyMatch(o -> o.id().equals(fact));
    }

    /** Whether the text gives the fact with this value (a pattern's fact or a term's). */
    private static boolean reads(String text, String fact, String value) {
        return analyzer.analyse(text).stream().anyMatch(o -> o.id().equals(fact) && value.equals(o.value()));
    }

    @Test
    void a_socket_that_ran_out_of_buffer_space_is_too_many_connections_not_a_full_disk() {
        for (String text : List.of("OSError: [WinError 10055] An operation on a socket could not be performed because the system "
                        + "lacked sufficient buffer space or because a queue was full",
                "System.Net.Sockets.SocketException (10055): 由于系统缓冲区空间不足或队列已满，不能执行套接字上的操作。")) {
            assertThat(first(text)).as(text).isEqualTo("network.capacity.congestion");
            assertThat(reads(text, "term.storage")).as(text).isFalse();
        }
        // a disk that is really full is still storage
        assertThat(reads("写入日志失败：磁盘空间不足", "term.storage")).isTrue();
    }

    @Test
    void windows_reset_in_either_chinese_wording_is_a_reset() {
        for (String text : List.of("System.IO.IOException: 无法从传输连接中读取数据: 远程主机强制关闭了一个现有的连接。",
                "IOException: 远程主机强迫关闭了一个现有的连接。", "An existing connection was forcibly closed by the remote host")) {
            // a pattern reads Winsock's own wording, the term the other one
            assertThat(reads(text, "term.reset") || reads(text, "http.transfer", "reset")).as(text).isTrue();
        }
    }

    @Test
    void calls_limited_per_minute_or_second_are_an_api_limit() {
        for (String text : List.of("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}", "操作频繁，请 1 分钟后再试",
                "该接口每分钟最多调用 60 次，请降低调用速度", "接口调用超过限制，请明天再试")) {
            assertThat(reads(text, "term.api-limit")).as(text).isTrue();
            assertThat(first(text)).as(text).isEqualTo("server.overload");
        }
    }

    @Test
    void a_request_signature_the_api_refused_is_the_callers_key() {
        for (String text : List.of("{\"code\":\"40002\",\"msg\":\"签名不匹配，请检查 appSecret\"}", "返回：验签失败，请确认私钥",
                "{\"error\":\"invalid signature\",\"status\":401}")) {
            assertThat(reads(text, "term.vendor-auth") || reads(text, "error.kind", "vendor-auth")).as(text).isTrue();
            assertThat(first(text)).as(text).isEqualTo("transport.vendor-auth");
        }
        // the invoice's own seal is not the API's signature: the bare word stays a hint
        assertThat(reads("电子签章服务返回错误", "term.vendor-auth")).isFalse();
    }

    @Test
    void a_request_message_the_service_could_not_parse_is_the_format() {
        for (String text : List.of("开票接口返回：解析请求报文失败，缺少节点 FPKJXX", "请求参数格式不合法，请检查后重试",
                "The request body is malformed: parse error at line 1")) {
            assertThat(reads(text, "term.format")).as(text).isTrue();
            assertThat(first(text)).as(text).isEqualTo("transport.middleware.format");
        }
    }

    @Test
    void cannot_parse_is_dns_only_when_it_names_a_server_or_host() {
        assertThat(reads("返回的 JSON 无法解析，请检查响应内容", "term.dns")).isFalse();
        assertThat(first("返回的 JSON 无法解析，请检查响应内容")).isNotEqualTo("network.config.dns");
        for (String text : List.of("WebException: 未能解析此远程名称: 'fpdk.example.gov.cn'", "无法解析服务器的名称或地址", "ping: 无法解析主机 fpdk.example.cn")) {
            assertThat(first(text)).as(text).isEqualTo("network.config.dns");
        }
    }

    @Test
    void the_c_librarys_chinese_for_a_crash_or_no_memory_is_read_like_its_english() {
        assertThat(first("./invoice-worker: line 12: 4811 段错误 (核心已转储) ./bin/worker")).isEqualTo("server.software");
        assertThat(first("./invoice-worker: line 12: 4811 Segmentation fault (core dumped) ./bin/worker")).isEqualTo("server.software");
        assertThat(first("fork: 无法分配内存")).isEqualTo("server.overload");
        assertThat(first("bash: fork: Cannot allocate memory")).isEqualTo("server.overload");
    }

    @Test
    void database_errors_of_python_drivers_and_chinese_engines_are_the_database() {
        assertThat(first("psycopg2.errors.UndefinedTable: 错误:  关系 \"t_invoice\" 不存在")).isIn("server.database", "server.software");
        assertThat(first("sqlite3.ProgrammingError: Cannot operate on a closed database.")).isIn("server.database", "server.software");
        // Oracle's Chinese for a wrong database password is the database's account, not a UKey's password
        String ora = "java.sql.SQLException: ORA-01017: 用户名/口令无效; 登录被拒绝";
        assertThat(first(ora)).isEqualTo("server.database");
        assertThat(reads(ora, "term.certificate")).isFalse();
    }

    @Test
    void a_key_that_cannot_be_opened_on_a_card_reader_is_the_certificate_not_an_api_signature() {
        assertThat(first("CryptAcquireContext 失败：无法打开读卡器的 AT_KEYEXCHANGE 密钥")).isEqualTo("client.certificate");
        assertThat(first("无法打开读卡器的 AT_SIGNATURE 密钥")).isEqualTo("client.certificate");
        assertThat(first("SCardConnect failed: the key container AT_SIGNATURE could not be opened")).isEqualTo("client.certificate");
    }

    // ---- seventh round: kinds from held-out-4's misses (docs/error-texts.md) ----

    @Test
    void dotnets_401_in_either_language_is_the_callers_authorisation() {
        assertThat(first("System.Net.WebException: 远程服务器返回错误: (401) 未经授权。 在 System.Net.HttpWebRequest.GetResponse()"))
                .isEqualTo("transport.vendor-auth");
        assertThat(first("System.Net.WebException: The remote server returned an error: (401) Unauthorized. at System.Net.HttpWebRequest.GetResponse()"))
                .isEqualTo("transport.vendor-auth");
    }

    @Test
    void a_self_assigned_address_is_the_pcs_ip_configuration_not_dns() {
        assertThat(first("“Wi-Fi”有一个自分配的 IP 地址，将无法接入互联网。")).isEqualTo("network.config.ip");
        assertThat(first("\"Ethernet\" has a self-assigned IP address and will not be able to connect to the Internet.")).isEqualTo("network.config.ip");
    }

    @Test
    void winsocks_unreachable_host_or_network_in_chinese_reads_as_in_english() {
        assertThat(first("socket.error: [WinError 10065] 套接字操作尝试一个无法连接的主机。")).isEqualTo("network.config.ip");
        assertThat(first("OSError: 向一个无法连接的网络尝试了一个套接字操作。")).isEqualTo("network.config.ip");
        assertThat(first("socket.error: [WinError 10065] A socket operation was attempted to an unreachable host")).isEqualTo("network.config.ip");
    }

    @Test
    void a_frozen_api_user_is_the_vendor_account_not_a_frozen_stock() {
        assertThat(first("{\"code\":\"E000112\",\"msg\":\"用户已被冻结\"}")).isEqualTo("transport.vendor-auth");
        assertThat(first("FreezedUserError: the user is frozen")).isEqualTo("transport.vendor-auth");
        // 冻结 of a stock is not an account's state
        assertThat(first("成品油冻结库存失败:[柴油]可用库存不足")).isEqualTo("business.quota");
    }

    @Test
    void a_processor_underclocked_for_heat_is_the_processor_hardware() {
        assertThat(first("Alarm: CPU2 temperature is too high and will be underclocked")).isEqualTo("server.hardware.cpu");
        assertThat(first("告警：CPU2 温度过高，将触发降频")).isEqualTo("server.hardware.cpu");
    }

    @Test
    void a_gateway_saying_its_upstream_timed_out_is_the_backend_under_load_in_either_language() {
        assertThat(first("网关错误：上游服务响应超时，请稍后重试")).isEqualTo("server.overload");
        assertThat(first("channel:response_time_exceeded 上游响应超时")).isEqualTo("server.overload");
        assertThat(first("upstream timed out (110: Connection timed out) while reading response header from upstream")).isEqualTo("server.overload");
    }

    @Test
    void the_vpn_error_codes_logged_by_the_ras_client_are_the_vpn() {
        assertThat(first("CoId={A1}: 用户 DESKTOP\\admin 拨打了名为 公司VPN 的连接，该连接已失败。失败后返回的错误代码为 789。"))
                .isEqualTo("network.security.vpn-proxy");
        assertThat(first("CoId={A1}: The user DESKTOP\\admin dialed a connection named Office which has failed. The error code returned on failure is 809."))
                .isEqualTo("network.security.vpn-proxy");
    }

    @Test
    void a_daily_api_allowance_used_up_is_the_service_shedding_load() {
        assertThat(first("{\"status\":\"0\",\"info\":\"USER_DAILY_QUERY_OVER_LIMIT\",\"infocode\":\"10044\"}")).isEqualTo("server.overload");
        assertThat(first("{\"status\":\"0\",\"info\":\"访问已超出日访问量\",\"infocode\":\"10003\"}")).isEqualTo("server.overload");
    }

    @Test
    void a_java_keystore_that_will_not_load_is_the_certificate() {
        assertThat(first("java.io.IOException: keystore password was incorrect at sun.security.pkcs12.PKCS12KeyStore.engineLoad"))
                .isEqualTo("client.certificate");
        assertThat(first("开票客户端：KeyStore 加载失败，load failed")).isEqualTo("client.certificate");
    }

    @Test
    void the_invoices_left_said_as_a_remainder_are_the_quota() {
        // Chinese only: the English of this kind is the quota's own wording ("quota"), read already
        assertThat(first("开票失败：发票余量不足")).isEqualTo("business.quota");
    }

    @Test
    void an_address_crowdsec_banned_is_an_intrusion_prevention_system() {
        assertThat(first("level=info msg=\"Ip 203.0.113.7 performed crowdsecurity/http-probing (11 events over 3s)\""))
                .isEqualTo("transport.security.ids");
        assertThat(first("CrowdSec 已封禁 IP 203.0.113.7，原因：crowdsecurity/http-bad-user-agent")).isEqualTo("transport.security.ids");
    }
}
