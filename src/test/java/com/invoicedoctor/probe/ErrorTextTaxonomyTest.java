package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's families written from public error-code tables (round 8a, docs/error-texts.md): each test reads a
 * family in wordings of its documentation, in both languages where it exists in both, and states the cause a support
 * engineer looks at first, or that a healthy or unrelated line holding a similar word reads nothing of the family.
 */
class ErrorTextTaxonomyTest {
    private static KnowledgeBase kb;
    private static ErrorTextAnalyzer analyzer;
    private static Reasoner reasoner;

    @BeforeAll
    static void load() {
        kb = Fixture.product();
        analyzer = new ErrorTextAnalyzer(kb);
        reasoner = new Reasoner(kb);
    }

    private static List<String> ids(String text) {
        return analyzer.analyse(text).stream().map(Observation::id).toList();
    }

    private static String value(String text, String id) {
        return analyzer.analyse(text).stream().filter(o -> o.id().equals(id)).map(Observation::value).findFirst().orElse(null);
    }

    private static boolean refused(String text) {
        return ids(text).contains("term.refused") || "refused".equals(value(text, "net.tcp.connect"));
    }

    private static String first(String text) {
        return reasoner.assess(analyzer.analyse(text)).ranking().stream().map(Assessment.Ranked::cause).findFirst().orElseThrow();
    }

    @Test
    void winsock_and_errno_names_read_as_the_failure_they_name() {
        assertThat(ids("recv() returned WSAECONNABORTED")).contains("term.reset");
        assertThat(ids("ConnectionAbortedError: [WinError 10053]")).contains("term.reset");
        assertThat(ids("java.io.IOException: 你的主机中的软件中止了一个已建立的连接。")).contains("term.reset");
        // read by the socket patterns or, where none holds the name, by the term: a refusal either way
        assertThat(refused("connect() returned WSAECONNREFUSED")).isTrue();
        assertThat(refused("ConnectionRefusedError raised while opening the channel")).isTrue();
        assertThat(ids("Post \"https://example.org/api\": context deadline exceeded")).contains("term.timeout");
        assertThat(ids("sendmsg: ENETDOWN")).contains("term.ip-config");
        assertThat(first("socket.gaierror: [Errno -2] Name or service not known")).isEqualTo("network.config.dns");
    }

    @Test
    void an_errno_number_is_read_only_standing_apart() {
        // errno 104 is ECONNRESET; 1040 is MySQL's too many connections, and 12 is not 121
        assertThat(ids("[Errno 1040] Too many connections")).doesNotContain("term.reset");
        assertThat(ids("OSError: [Errno 121] Remote I/O error")).doesNotContain("term.overload");
    }

    @Test
    void windows_and_library_certificate_codes_read_as_the_tls_check_that_failed() {
        assertThat(value("SChannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.",
                "net.tls.handshake")).isEqualTo("untrusted");
        assertThat(value("ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain",
                "net.tls.handshake")).isEqualTo("untrusted");
        assertThat(value("Get \"https://example.org/\": x509: certificate signed by unknown authority", "net.tls.handshake")).isEqualTo("untrusted");
        assertThat(value("CertVerifyCertificateChainPolicy: CERT_E_EXPIRED", "net.tls.handshake")).isEqualTo("expired");
        assertThat(value("InitializeSecurityContext failed: SEC_E_ILLEGAL_MESSAGE (0x80090326)", "net.tls.handshake")).isEqualTo("failed");
        // a date outside the certificate's period is the PC's clock first
        assertThat(first("CertVerifyCertificateChainPolicy: CERT_E_EXPIRED")).isEqualTo("client.clock");
    }

    @Test
    void a_smart_card_or_usb_device_that_is_absent_is_the_tax_device_in_either_language() {
        assertThat(first("SCardConnect failed: SCARD_E_NO_SMARTCARD. The operation requires a smart card, but no smart card is currently in the device."))
                .isEqualTo("client.tax-device");
        assertThat(first("SCARD_W_REMOVED_CARD: the smart card has been removed, so that further communication is not possible"))
                .isEqualTo("client.tax-device");
        assertThat(first("开票失败：未插入智能卡，请检查读卡器")).isEqualTo("client.tax-device");
        assertThat(first("Windows：无法识别的USB设备，设备描述符请求失败")).isEqualTo("client.tax-device");
        assertThat(first("usb 1-1: device descriptor read/64, error -71")).isEqualTo("client.tax-device");
        // the PIN codes of the same table stay the certificate
        assertThat(first("SCARD_W_WRONG_CHV: The card cannot be accessed because the wrong PIN was presented.")).isEqualTo("client.certificate");
    }

    @Test
    void a_usb_device_named_in_a_healthy_line_is_no_absent_device() {
        assertThat(ids("USB 设备已连接，驱动已安装")).doesNotContain("term.device-absent");
        assertThat(ids("usb 1-1: new high-speed USB device number 5 using xhci_hcd")).doesNotContain("term.device-absent");
    }

    @Test
    void database_client_codes_and_condition_names_are_the_database() {
        assertThat(first("psycopg.errors.AdminShutdown: terminating connection due to administrator command")).isEqualTo("server.database");
        assertThat(first("Npgsql.NpgsqlException: Exception while reading from stream")).isEqualTo("server.database");
        assertThat(ids("pymongo.errors.ServerSelectionTimeoutError: No servers found yet")).contains("term.database");
        // Taiwan's 資料庫 is 数据库 once the traditional characters are mapped
        assertThat(ids("無法連線到資料庫伺服器")).contains("term.database");
        // a connection slot refused is the server's load, the database only where it showed
        assertThat(first("FATAL: remaining connection slots are reserved for non-replication superuser connections")).isEqualTo("server.overload");
        // a five-digit SQLSTATE of the connection class stands apart or not at all
        assertThat(ids("order 1208001 shipped on time")).doesNotContain("term.database");
    }

    @Test
    void an_api_quota_or_qps_limit_is_the_service_shedding_calls_never_the_invoicing_quota() {
        assertThat(first("错误：QPS超限，请降低请求频率")).isEqualTo("server.overload");
        assertThat(ids("接口调用额度已用完")).contains("term.api-limit").doesNotContain("term.quota");
        assertThat(ids("429 RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Read requests'")).doesNotContain("term.quota");
        assertThat(first("429 RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Read requests'")).isEqualTo("server.overload");
        // the invoicing credit line is still the quota
        assertThat(first("开票失败：发票额度不足")).isEqualTo("business.quota");
    }

    @Test
    void a_cloud_api_refusing_the_caller_s_credentials_is_the_vendor_s_authorisation() {
        assertThat(first("{\"Error\":{\"Code\":\"AuthFailure.InvalidSecretId\",\"Message\":\"密钥非法\"}}")).isEqualTo("transport.vendor-auth");
        assertThat(first("返回码 40002：sign校验失败，请检查app_secret")).isEqualTo("transport.vendor-auth");
        assertThat(first("调用失败：当前IP地址未授权，请在控制台添加")).isEqualTo("transport.vendor-auth");
        // 'sign in' is no signature
        assertThat(ids("Please sign in to continue")).doesNotContain("term.vendor-auth");
    }

    @Test
    void an_address_clash_is_the_pcs_ip_configuration_in_either_language() {
        assertThat(first("Windows 检测到IP地址冲突")).isEqualTo("network.config.ip");
        assertThat(first("Another device on the network is using your computer's IP address")).isEqualTo("network.config.ip");
    }

    @Test
    void a_broadband_dial_up_or_fibre_terminal_error_is_the_line_device() {
        assertThat(first("宽带连接 错误 651：调制解调器报告了一个错误")).isEqualTo("network.hardware.device");
        assertThat(first("Connection failed with error 691")).isEqualTo("network.hardware.device");
        // a router's healthy status line names its WAN address and nothing else
        assertThat(ids("WAN IP: 203.0.113.7  uptime 3 days")).doesNotContain("term.line-device");
    }

    @Test
    void taiwan_and_hong_kong_words_read_as_their_mainland_equivalents() {
        assertThat(ids("連線逾時")).contains("term.timeout");
        assertThat(ids("伺服器內部錯誤")).contains("term.server-error");
        assertThat(ids("硬碟空間不足")).contains("term.storage");
        assertThat(ids("記憶體不足")).contains("term.overload");
        assertThat(ids("登入逾時，請重新登入")).contains("term.platform-session");
        assertThat(ids("自然人憑證讀取失敗")).contains("term.certificate");
        // 凭证 alone is a voucher in mainland messages
        assertThat(ids("记账凭证保存失败")).doesNotContain("term.certificate");
    }

    @Test
    void a_request_accepted_or_in_progress_is_the_invoice_still_being_issued() {
        assertThat(first("HTTP/1.1 202 Accepted")).isEqualTo("server.async-pending");
        assertThat(first("409 Conflict: a request with this Idempotency-Key is still being processed")).isEqualTo("server.async-pending");
        // a telephone number in brackets is no status
        assertThat(ids("请致电 (202) 555-0100")).doesNotContain("term.async");
    }

    @Test
    void a_field_failing_validation_is_the_invoice_data_and_a_login_is_not() {
        assertThat(first("buyerTaxNo: must not be blank")).isEqualTo("business.data");
        assertThat(first("开票失败：缺少必要参数 goodsName")).isEqualTo("business.data");
        assertThat(first("InvalidParameterValue: the buyer's VAT number is not valid")).isEqualTo("business.data");
        assertThat(ids("Authentication is required to access this resource")).doesNotContain("term.invoice-data");
        assertThat(ids("接口响应超长时间未返回")).doesNotContain("term.invoice-data");
    }

    @Test
    void the_taxpayer_s_standing_stops_invoicing_and_a_good_rating_says_nothing() {
        assertThat(first("开具失败：企业状态异常，请联系主管税务机关")).isEqualTo("business.taxpayer-status");
        assertThat(ids("纳税信用D级纳税人，增值税发票领用受限")).contains("term.taxpayer-status");
        assertThat(ids("本企业纳税信用A级")).doesNotContain("term.taxpayer-status");
    }

    @Test
    void a_session_that_ended_is_the_platform_session_in_english_too() {
        assertThat(first("Your session has expired. Please log in again.")).isEqualTo("platform.session");
    }

    @Test
    void processor_offsets_of_a_server_event_log_are_the_processor() {
        assertThat(first("SEL | Processor CPU1 | FRB2/Hang in POST failure | Asserted")).isEqualTo("server.hardware.cpu");
        assertThat(ids("Memory #0x02 | Memory Scrub Failed | Asserted")).contains("term.memory-hardware");
    }

    @Test
    void an_intrusion_prevention_signature_is_the_ids_not_an_api_signature() {
        assertThat(ids("Threat prevented: traffic matched IPS signature 34012, connection dropped"))
                .contains("term.ids").doesNotContain("term.vendor-auth");
        assertThat(first("Threat prevented: traffic matched IPS signature 34012, connection dropped")).isEqualTo("transport.security.ids");
    }
}
