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
 * Round 8c's lexicon families (docs/error-texts.md): the message catalogues of Chinese-locale system software (glibc's
 * zh_CN strerror, Windows' zh-CN system and Winsock errors, NetworkManager, PostgreSQL's zh_CN server messages,
 * e2fsprogs, VPN clients) and the English kinds of PC/SC, adapters, browsers, tax engines, API plans, WAFs, nginx and
 * RabbitMQ. Each test reads a family in its documentation's wording and states the cause a support engineer looks at
 * first, or that a healthy line holding a similar word reads nothing of the family.
 */
class ErrorTextSystemCataloguesTest {
    private static ErrorTextAnalyzer analyzer;
    private static Reasoner reasoner;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = Fixture.product();
        analyzer = new ErrorTextAnalyzer(kb);
        reasoner = new Reasoner(kb);
    }

    private static List<String> ids(String text) {
        return analyzer.analyse(text).stream().map(Observation::id).toList();
    }

    private static String first(String text) {
        return reasoner.assess(analyzer.analyse(text)).ranking().stream().map(Assessment.Ranked::cause).findFirst().orElseThrow();
    }

    @Test
    void glibc_and_winsock_unreachable_texts_in_chinese_read_as_the_ip_configuration() {
        assertThat(ids("rsync: connect to 10.1.2.3 (10.1.2.3): 没有到主机的路由 (113)")).contains("term.ip-config");
        assertThat(first("connect: 网络不可达")).isEqualTo("network.config.ip");
        assertThat(first("[WinError 10065] 套接字操作尝试一个无法连接的主机。")).isEqualTo("network.config.ip");
        assertThat(first("“以太网”没有有效的 IP 配置")).isEqualTo("network.config.ip");
        // the same in English was read before this round
        assertThat(first("connect: Network is unreachable")).isEqualTo("network.config.ip");
    }

    @Test
    void a_reset_by_the_remote_host_is_not_a_host_that_is_down() {
        assertThat(ids("[WinError 10054] 远程主机强迫关闭了一个现有的连接。")).doesNotContain("term.ip-config");
    }

    @Test
    void chinese_storage_and_memory_errno_texts_read_as_the_hardware() {
        assertThat(first("cp: 写入'/data/invoice.pdf' 出错: 设备上没有空间")).isEqualTo("server.hardware.storage");
        assertThat(first("write failed: No space left on device")).isEqualTo("server.hardware.storage");
        assertThat(first("tar: 写入出错: 超出磁盘限额")).isEqualTo("server.hardware.storage");
        assertThat(first("e2fsck: 读取块 1024 出错（尝试读取的块太短）")).isEqualTo("server.hardware.storage");
        assertThat(first("复制文件时出错：磁盘空间不足。")).isEqualTo("server.hardware.storage");
        assertThat(first("madvise: 内存分页有硬件错误")).isEqualTo("server.hardware.memory");
        assertThat(first("madvise: Memory page has hardware error")).isEqualTo("server.hardware.memory");
    }

    @Test
    void mke2fs_listing_its_superblock_backups_reads_nothing_of_storage() {
        // 超级块 is left out of the family: mke2fs names it when all went well
        assertThat(ids("超级块的备份存储于下列块： 32768, 98304, 163840")).doesNotContain("term.storage");
    }

    @Test
    void postgres_zh_cn_corruption_and_client_limits_read_as_the_database_and_overload() {
        assertThat(first("错误:  索引 \"idx_invoice_no\" 在块 12 上包含已损坏的页")).isEqualTo("server.database");
        assertThat(first("致命错误:  对不起, 已经有太多的客户")).isEqualTo("server.overload");
        assertThat(first("FATAL:  sorry, too many clients already")).isEqualTo("server.overload");
    }

    @Test
    void carrier_and_firmware_read_as_the_network_card() {
        assertThat(first("连接激活失败：该设备所需固件可能缺失")).isEqualTo("network.hardware.nic");
        assertThat(first("Device activation failed: Firmware for the device may be missing")).isEqualTo("network.hardware.nic");
        assertThat(ids("有线连接：无法建立载波")).contains("term.link");
        assertThat(first("Npcap: The interface disappeared (ERROR_DEVICE_REMOVED)")).isEqualTo("network.hardware.nic");
    }

    @Test
    void a_vpn_clients_virtual_adapter_reads_as_the_vpn() {
        assertThat(ids("无法访问虚拟网络适配器的设备驱动程序")).contains("term.vpn-proxy");
        assertThat(first("There are no TAP-Windows adapters on this system")).isEqualTo("network.security.vpn-proxy");
    }

    @Test
    void pcsc_context_and_reader_listing_read_as_the_tax_device() {
        assertThat(first("SCardEstablishContext failed with error 0x8010001D")).isEqualTo("client.tax-device");
        assertThat(first("smartcard.Exceptions.ListReadersException: Failed to list readers: Service not available. (0x8010001D)"))
                .isEqualTo("client.tax-device");
    }

    @Test
    void an_outdated_browser_reads_as_the_clients_version() {
        assertThat(first("Your browser is not supported. Please update your browser.")).isEqualTo("client.version");
        assertThat(first("您的浏览器版本过低，请升级浏览器后再使用")).isEqualTo("client.version");
    }

    @Test
    void tax_engine_rejections_read_as_the_invoice() {
        assertThat(first("ValidationFault: Business Validation Error: Please select a tax code for each line"))
                .isEqualTo("business.rules");
        assertThat(first("AvaTax error: InvalidAddress - The address is incomplete")).isEqualTo("business.data");
        assertThat(first("checkVat fault: INVALID_INPUT")).isEqualTo("business.data");
    }

    @Test
    void a_plans_request_limit_is_the_service_shedding_calls_not_the_vendors_authorisation() {
        assertThat(first("HTTP 402 Payment Required: request limit reached for this month")).isEqualTo("server.overload");
        assertThat(first("错误码 45009：超过接口调用次数限制")).isEqualTo("server.overload");
        // the invoicing quota is monthly too: a bare monthly quota is not read as an API's call limit
        assertThat(ids("本月开票额度已用完 (monthly quota)")).doesNotContain("term.api-limit");
    }

    @Test
    void waf_block_pages_read_as_the_ids() {
        assertThat(first("请求被拦截：您的访问可能对网站造成威胁")).isEqualTo("transport.security.ids");
        assertThat(first("ModSecurity: Access denied with code 403 (phase 2). Pattern match at ARGS:id.")).isEqualTo("transport.security.ids");
    }

    @Test
    void nginx_rate_limiting_and_broker_channel_errors_read_as_overload_and_middleware() {
        assertThat(first("[error] 1234#1234: *99 limiting requests, excess: 20.500 by zone \"api\", client: 10.0.0.9"))
                .isEqualTo("server.overload");
        assertThat(first("Channel error on connection <0.912.0> (10.0.0.5:51234 -> 10.0.0.6:5672, vhost: '/', user: 'invoice'), "
                + "channel 1: operation queue.declare caused a channel exception precondition_failed"))
                .isEqualTo("transport.middleware.config");
    }

    @Test
    void an_ipmi_processor_sensor_offset_is_the_processors_own_record() {
        // FRB1-3 are the processor sensor's offsets: the processor, without the memory weight a machine check carries
        List<String> read = ids("SEL | Processor CPU1 | FRB3/Processor Startup/Init failure | Asserted");
        assertThat(read).contains("term.cpu-sensor").doesNotContain("term.cpu-hardware");
        assertThat(first("SEL | Processor CPU1 | FRB3/Processor Startup/Init failure | Asserted")).isEqualTo("server.hardware.cpu");
    }
}
