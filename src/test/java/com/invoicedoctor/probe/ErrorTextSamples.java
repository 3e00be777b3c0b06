package com.invoicedoctor.probe;

import java.util.List;

/**
 * Real error messages as the software prints them, each with the cause a support engineer would name and
 * where the wording comes from. Host names, addresses and numbers are examples; the wording is the
 * software's own.
 */
final class ErrorTextSamples {

    /** One message, the cause it should point to, and the origin of its wording. */
    record Sample(String cause, String text, String source) {
        @Override
        public String toString() {
            String oneLine = text.replaceAll("\\s+", " ");
            return cause + " <- " + (oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine);
        }
    }

    private ErrorTextSamples() {
    }

    static List<Sample> all() {
        return List.of(
            // ---- server.software ----
            new Sample("server.software", "2026/11/26 08:15:02 [error] 1234#1234: *5678 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.23, server: fp.example.com, request: \"POST /api/invoice/issue HTTP/1.1\", upstream: \"http://127.0.0.1:8080/api/invoice/issue\", host: \"fp.example.com\"",
                "nginx error.log line (ngx_http_upstream.c) when the backend port is closed"),
            new Sample("server.software", "2026/11/26 08:15:02 [error] 1234#1234: *5679 upstream prematurely closed connection while reading response header from upstream, client: 10.0.0.23, server: fp.example.com, request: \"POST /api/invoice/issue HTTP/1.1\", upstream: \"http://127.0.0.1:8080/api/invoice/issue\"",
                "nginx error.log line when the backend process dies mid-request"),
            new Sample("server.software", "[Wed Nov 26 08:15:02.123456 2026] [proxy:error] [pid 2345:tid 140234] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (localhost) failed",
                "Apache httpd mod_proxy error log (AH00957)"),
            new Sample("server.software", "Nov 26 08:15:02 fpserver kernel: invoice-svc[2481]: segfault at 0 ip 00007f3a2b4c5d10 sp 00007ffd4e3a2b10 error 4 in libtaxsign.so[7f3a2b400000+200000]",
                "Linux kernel segfault report (arch/x86/mm/fault.c show_signal_msg)"),
            new Sample("server.software", "curl: (52) Empty reply from server",
                "curl exit code 52 CURLE_GOT_NOTHING"),
            new Sample("server.software", "java.net.ConnectException: Connection refused: connect\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
                "JDK on Windows (Net.connect0) when nothing listens on the invoice port"),
            // ---- server.database ----
            new Sample("server.database", "ORA-01578: ORACLE data block corrupted (file # 7, block # 12345)\nORA-01110: data file 7: '/u01/oradata/FPDB/invoice01.dbf'",
                "Oracle Database error messages ORA-01578 / ORA-01110"),
            new Sample("server.database", "ERROR 1194 (HY000): Table 't_fp_mx' is marked as crashed and should be repaired",
                "MySQL server error 1194 ER_CRASHED_ON_USAGE"),
            new Sample("server.database", "ERROR:  invalid page in block 4711 of relation base/16384/16421",
                "PostgreSQL bufmgr.c ReadBuffer_common error"),
            new Sample("server.database", "CHECKDB found 0 allocation errors and 12 consistency errors in database 'InvoiceDB'.\nrepair_allow_data_loss is the minimum repair level for the errors found by DBCC CHECKDB (InvoiceDB).",
                "SQL Server DBCC CHECKDB summary (messages 8989 and 8958)"),
            new Sample("server.database", "ORA-01034: ORACLE not available\nORA-27101: shared memory realm does not exist\nLinux-x86_64 Error: 2: No such file or directory",
                "Oracle client when the instance is down (ORA-01034, ORA-27101)"),
            new Sample("server.database", "java.sql.SQLException: Incorrect key file for table 't_fp'; try to repair it",
                "MySQL server error 1034 ER_NOT_KEYFILE through Connector/J"),
            // ---- server.hardware.memory ----
            new Sample("server.hardware.memory", "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x8e4a1 offset:0x0 grain:32 syndrome:0x0 -  area:DRAM err_code:0001:0091 socket:0 ha:0 channel_mask:2 rank:1)",
                "Linux EDAC sb_edac driver corrected-error report"),
            new Sample("server.hardware.memory", "mce: [Hardware Error]: Machine check events logged\nEDAC sbridge MC0: HANDLING MCE MEMORY ERROR",
                "Linux mce and EDAC sbridge messages"),
            new Sample("server.hardware.memory", "A corrected hardware error has occurred.\n\nComponent: Memory\nError Source: Corrected Machine Check",
                "Windows WHEA-Logger event 19"),
            // ---- server.hardware.cpu ----
            new Sample("server.hardware.cpu", "CPU3: Core temperature above threshold, cpu clock throttled (total events = 1254)\nCPU1: Package temperature above threshold, cpu clock throttled (total events = 1254)",
                "Linux therm_throt.c messages"),
            new Sample("server.hardware.cpu", "mce: [Hardware Error]: CPU 2: Machine Check Exception: 5 Bank 0: b200000000070005\nmce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8100b1d0>\nKernel panic - not syncing: Fatal machine check on current CPU",
                "Linux mce.c panic report for a processor machine check"),
            new Sample("server.hardware.cpu", "The speed of processor 0 in group 0 is being limited by system firmware. The processor has been in this reduced performance state for 71 seconds since the last report.",
                "Windows Kernel-Processor-Power event 37"),
            // ---- server.hardware.storage ----
            new Sample("server.hardware.storage", "blk_update_request: I/O error, dev sda, sector 1953525160 op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 0\nBuffer I/O error on dev sda1, logical block 244190389, async page read",
                "Linux block layer and buffer cache messages"),
            new Sample("server.hardware.storage", "sd 0:0:0:0: [sda] tag#12 Sense Key : Medium Error [current]\nsd 0:0:0:0: [sda] tag#12 Add. Sense: Unrecovered read error - auto reallocate failed",
                "Linux SCSI disk sense data"),
            new Sample("server.hardware.storage", "Device: /dev/sdb [SAT], FAILED SMART self-check. BACK UP DATA NOW!",
                "smartd (smartmontools) warning"),
            new Sample("server.hardware.storage", "Error: 823, Severity: 24, State: 2.\nThe operating system returned error 1117(The request could not be performed because of an I/O device error.) to SQL Server during a read at offset 0x0000002a2c4000 in file 'D:\\Data\\InvoiceDB.mdf'.",
                "SQL Server error 823 in the ERRORLOG"),
            new Sample("server.hardware.storage", "EXT4-fs error (device sda2): ext4_find_entry:1463: inode #1835009: comm java: reading directory lblock 0",
                "Linux ext4 __ext4_error message"),
            new Sample("server.hardware.storage", "The device, \\Device\\Harddisk0\\DR0, has a bad block.",
                "Windows System log, source disk, event 7"),
            // ---- server.overload ----
            new Sample("server.overload", "<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n<body>\n<center><h1>503 Service Temporarily Unavailable</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>",
                "nginx 503 error page (limit_req / limit_conn)"),
            new Sample("server.overload", "ERROR 1040 (HY000): Too many connections",
                "MySQL server error 1040 ER_CON_COUNT_ERROR"),
            new Sample("server.overload", "FATAL:  sorry, too many clients already",
                "PostgreSQL postmaster connection limit"),
            new Sample("server.overload", "Exception in thread \"http-nio-8080-exec-45\" java.lang.OutOfMemoryError: Java heap space",
                "JVM OutOfMemoryError in a Tomcat worker thread"),
            new Sample("server.overload", "Out of memory: Killed process 2481 (java) total-vm:8912345kB, anon-rss:6234567kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:12840kB oom_score_adj:0",
                "Linux OOM killer (mm/oom_kill.c)"),
            new Sample("server.overload", "开票失败：系统繁忙，请稍后再试",
                "Chinese invoicing server busy message"),
            new Sample("server.overload", "2026/11/26 08:15:02 [error] 1234#1234: *9012 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.23, server: fp.example.com, request: \"POST /api/invoice/issue HTTP/1.1\"",
                "nginx error.log when the backend answers too slowly (504)"),
            new Sample("server.overload", "java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                "JDK read timeout of an HTTP call to the invoice server"),
            // ---- server.async-pending ----
            new Sample("server.async-pending", "开票失败：发票开具中，请稍后查询开票结果",
                "vendor status 20 开票中 (field knowledge S30, S36)"),
            new Sample("server.async-pending", "{\"code\":\"6655\",\"describe\":\"流水号重复\"}",
                "vendor API code 6655 流水号重复 (field knowledge S11)"),
            new Sample("server.async-pending", "-66 暂时没有获取到返回结果，请稍后查询",
                "百旺 API code -66 (field knowledge S12)"),
            // ---- transport.middleware.config ----
            new Sample("transport.middleware.config", "2026/11/26 08:15:02 [error] 1234#1234: *3456 upstream sent too big header while reading response header from upstream, client: 10.0.0.23, server: fp.example.com, request: \"GET /api/invoice/query HTTP/1.1\"",
                "nginx error.log when proxy_buffer_size is too small"),
            new Sample("transport.middleware.config", "2026/11/26 08:15:02 [error] 1234#1234: *3457 client intended to send too large body: 12582912 bytes, client: 10.0.0.23, server: fp.example.com, request: \"POST /api/invoice/batch HTTP/1.1\"",
                "nginx error.log when client_max_body_size is too small (answers 413)"),
            new Sample("transport.middleware.config", "2026/11/26 08:15:02 [error] 1234#1234: *3458 no live upstreams while connecting to upstream, client: 10.0.0.23, server: fp.example.com",
                "nginx error.log when every upstream server is marked failed"),
            new Sample("server.software", "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.24.0</center>\n</body>\n</html>",
                "nginx 502 error page (alone it says the gateway got no valid answer: most often the backend is down)"),
            // ---- transport.middleware.format ----
            new Sample("transport.middleware.format", "JSON parse error: Unrecognized field \"fpqqlsh\" (class com.example.invoice.IssueRequest), not marked as ignorable; nested exception is com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException",
                "Spring MVC HttpMessageNotReadableException wrapping Jackson"),
            new Sample("network.security.vpn-proxy", "com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "Jackson parser given an HTML page instead of JSON (typically a proxy, portal or block page in its place)"),
            new Sample("transport.middleware.format", "报文解析失败：返回报文格式错误",
                "Chinese invoicing interface wording"),
            new Sample("network.security.vpn-proxy", "org.xml.sax.SAXParseException; lineNumber: 1; columnNumber: 1; Content is not allowed in prolog.",
                "Xerces (JDK XML parser) on a body that is not XML at all (typically a web page in its place)"),
            new Sample("transport.middleware.format", "javax.xml.bind.UnmarshalException: unexpected element (uri:\"\", local:\"FPXX\"). Expected elements are <{}REQUEST_FPKJXX>",
                "JAXB unmarshaller on an XML message of another version"),
            // ---- transport.security.firewall ----
            new Sample("transport.security.firewall", "Nov 26 08:15:02 gw kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=10.0.0.23 DST=10.0.0.5 LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=54321 DF PROTO=TCP SPT=52345 DPT=8001 WINDOW=64240 RES=0x00 SYN URGP=0",
                "Ubuntu ufw / netfilter LOG target"),
            new Sample("transport.security.firewall", "date=2026-11-26 time=08:15:02 devname=\"FGT60F\" devid=\"FGT60FTK2009XXXX\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" vd=\"root\" srcip=10.0.0.23 srcport=52345 srcintf=\"port2\" dstip=1.2.3.4 dstport=8001 dstintf=\"wan1\" proto=6 action=\"deny\" policyid=0 policytype=\"policy\" service=\"tcp/8001\"",
                "FortiOS traffic log (logid 0000000013)"),
            new Sample("transport.security.firewall", "%%01POLICY/6/POLICYDENY(l):vsys=public, protocol=6, source-ip=10.0.0.23, source-port=52345, destination-ip=1.2.3.4, destination-port=8001, time=2026/11/26 08:15:02, source-zone=trust, destination-zone=untrust, rule-name=default.",
                "Huawei USG firewall policy log"),
            new Sample("transport.security.firewall", "2026-11-26 08:15:02 DROP TCP 10.0.0.23 10.0.0.5 52345 8001 52 S 3254125486 0 64240 - - - RECEIVE",
                "Windows Defender Firewall pfirewall.log"),
            new Sample("transport.security.firewall", "%ASA-4-106023: Deny tcp src inside:10.0.0.23/52345 dst outside:1.2.3.4/8001 by access-group \"inside_access_in\" [0x0, 0x0]",
                "Cisco ASA syslog message 106023"),
            // ---- transport.security.ids ----
            new Sample("transport.security.ids", "11/26/2026-08:15:02.123456  [Drop] [**] [1:2019401:3] ET POLICY Suspicious inbound to Oracle SQL port 1521 [**] [Classification: Potentially Bad Traffic] [Priority: 2] {TCP} 10.0.0.23:52345 -> 10.0.0.5:1521",
                "Suricata fast.log in IPS mode"),
            new Sample("transport.security.ids", "[**] [1:1000001:1] SQL injection attempt in invoice remark [**] [Classification: Web Application Attack] [Priority: 1] 11/26-08:15:02.123456 10.0.0.23:52345 -> 10.0.0.5:8001 TCP TTL:64 TOS:0x0 ID:54321 IpLen:20 DgmLen:1500 DF",
                "Snort alert (full format)"),
            new Sample("transport.security.ids", "网站防火墙\n您的请求带有不合法参数，已被网站管理员设置拦截！\n可能原因：您提交的内容包含危险的攻击请求",
                "安全狗 web application firewall block page"),
            new Sample("transport.security.ids", "[client 10.0.0.23] ModSecurity: Access denied with code 403 (phase 2). Matched phrase \"union select\" at ARGS:remark. [file \"/etc/modsecurity/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [id \"942100\"]",
                "ModSecurity with the OWASP CRS in the Apache error log"),
            // ---- transport.vendor-auth ----
            new Sample("transport.vendor-auth", "{\"code\":\"1003\",\"describe\":\"签名验证失败\"}",
                "vendor API code 1003 (field knowledge S11)"),
            new Sample("transport.vendor-auth", "错误码: 1011, 无有效服务包，请联系服务商续费",
                "vendor API code 1011 (field knowledge S11)"),
            new Sample("transport.vendor-auth", "开票失败：销方税号与授权税号不一致",
                "Kingdee 发票云 FAQ (field knowledge S10)"),
            new Sample("transport.vendor-auth", "access_token已过期，请重新获取",
                "诺诺 open platform token expiry (field knowledge S29)"),
            // ---- business.rules ----
            new Sample("business.rules", "开票失败：第1行商品税率:0.09不合法",
                "Kingdee 发票云 FAQ (field knowledge S10)"),
            new Sample("business.rules", "税收分类编码不存在或已停用：1090305990000000000",
                "vendor API validation of the tax classification code"),
            new Sample("business.rules", "专用发票不能使用0税率",
                "vendor API rule: no 0% rate on 专票 (field knowledge S10)"),
            // ---- business.data ----
            new Sample("business.data", "购买方纳税人识别号不能为空",
                "vendor API validation message"),
            new Sample("business.data", "第2行数量不能为空",
                "vendor API validation message"),
            new Sample("business.data", "购方地址电话不能为空",
                "vendor API validation message"),
            // ---- business.quota ----
            new Sample("business.quota", "授信额度不在有效期内 请先申报或者调整授信额度有效期",
                "Kingdee 发票云 message (field knowledge S10)"),
            new Sample("business.quota", "开票失败：可用额度不足，当前可用额度：12000.00元",
                "数电 quota check wording"),
            // ---- business.taxpayer-status ----
            new Sample("business.taxpayer-status", "该纳税人为非正常户，暂停发票使用",
                "tax authority reply for 非正常户 (field knowledge S18)"),
            new Sample("business.taxpayer-status", "纳税人状态异常，请联系主管税务机关",
                "vendor wording for a flagged taxpayer (field knowledge S15)"),
            // ---- client.tax-device ----
            new Sample("client.tax-device", "设备未开启[0x09c000]",
                "tax-device library error table (field knowledge S3/S4)"),
            new Sample("client.tax-device", "税盘正在被使用，请关闭其他开票软件后重试",
                "tax-device library (field knowledge S3)"),
            new Sample("client.tax-device", "未检测到金税盘，请确认设备已插好",
                "增值税发票开票软件 start-up message"),
            // ---- client.certificate ----
            new Sample("client.certificate", "证书口令错误[0x0963c4]，剩余尝试次数4次",
                "tax-device library 0x0963cX (field knowledge S4)"),
            new Sample("client.certificate", "ERROR@97 证书已作废",
                "tax authority handshake reply (field knowledge S6)"),
            new Sample("client.certificate", "设备密码锁定，请到主管税务机关解锁",
                "tax-device library (field knowledge S3, S23)"),
            // ---- client.clock ----
            new Sample("client.clock", "当前终端系统时间错误，请校准系统时间后重试",
                "tax-device library (field knowledge S3)"),
            new Sample("client.clock", "您的时钟慢了\n无法与 dppt.shanghai.chinatax.gov.cn 建立私密连接，因为您的计算机的日期和时间 (2024年1月1日星期一) 不正确。\nNET::ERR_CERT_DATE_INVALID",
                "Chrome clock interstitial, zh-CN"),
            // ---- client.offline-limit ----
            new Sample("client.offline-limit", "超过离线开票限定时长[0x09d11f]",
                "tax-device library (field knowledge S4)"),
            new Sample("client.offline-limit", "超过离线开票限定金额，请连接网络上传已开发票",
                "tax-device library 0x09d121 (field knowledge S4)"),
            // ---- client.report-lock ----
            new Sample("client.report-lock", "已到开票截止日期，禁止开票[0x09d109]",
                "tax-device library (field knowledge S4)"),
            new Sample("client.report-lock", "248:有票种没有完成征期抄报税",
                "金税盘 error 248 (field knowledge S5)"),
            // ---- client.version ----
            new Sample("client.version", "税控报文错误，请安装最新版本开票软件",
                "field knowledge S25"),
            new Sample("client.version", "需要更新安全认证密钥[0x09240d]",
                "tax-device library (field knowledge S4)"),
            // ---- network.hardware.device ----
            new Sample("network.hardware.device", "%LINK-3-UPDOWN: Interface GigabitEthernet1/0/12, changed state to down\n%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/12, changed state to down",
                "Cisco IOS switch syslog"),
            new Sample("network.hardware.device", "%%01IFNET/4/LINK_STATE(l)[7]:The line protocol IP on the interface GigabitEthernet0/0/1 has entered the DOWN state.",
                "Huawei VRP router/switch log"),
            new Sample("network.hardware.device", "e1000e 0000:00:19.0 eth0: NIC Link is Down",
                "Linux e1000e driver link message"),
            // ---- network.hardware.nic ----
            new Sample("network.hardware.nic", "NETDEV WATCHDOG: eth0 (e1000e): transmit queue 0 timed out",
                "Linux net/sched/sch_generic.c dev_watchdog"),
            new Sample("network.hardware.nic", "e1000e 0000:00:19.0 eth0: Detected Hardware Unit Hang:\n  TDH                  <6c>\n  TDT                  <8a>\n  next_to_use          <8a>",
                "Linux e1000e driver hang report"),
            new Sample("network.hardware.nic", "The network interface \"Intel(R) Ethernet Connection I219-LM\" has begun resetting. There will be a momentary disruption in network connectivity while the hardware resets.",
                "Windows e1dexpress driver event 27"),
            // ---- network.config.ip ----
            new Sample("network.config.ip", "Ethernet adapter 以太网:\n   Autoconfiguration IPv4 Address. . : 169.254.37.12(Preferred)\n   Subnet Mask . . . . . . . . . . . : 255.255.0.0\n   Default Gateway . . . . . . . . . :",
                "Windows ipconfig /all without a DHCP lease"),
            new Sample("network.config.ip", "Windows has detected an IP address conflict",
                "Windows notification (Tcpip event 4199)"),
            new Sample("network.config.ip", "Your computer was not assigned an address from the network (by the DHCP Server) for the Network Card with network address 0x54BF64A1B2C3.  The following error occurred: The semaphore timeout period has expired.",
                "Windows Dhcp-Client event 1001"),
            new Sample("network.config.ip", "您的连接已中断\n检测到网络已更改。\nERR_NETWORK_CHANGED",
                "Chrome error page, zh-CN"),
            // ---- network.config.dns ----
            new Sample("network.config.dns", "java.net.UnknownHostException: fpsc.jiangsu.chinatax.gov.cn",
                "JDK InetAddress lookup failure"),
            new Sample("network.config.dns", "curl: (6) Could not resolve host: dppt.guangdong.chinatax.gov.cn",
                "curl exit code 6"),
            new Sample("network.config.dns", "System.Net.WebException: 未能解析此远程名称: 'fpdk.zhejiang.chinatax.gov.cn'",
                ".NET Framework WebException NameResolutionFailure, zh-CN"),
            new Sample("network.config.dns", "无法访问此网站\n找不到 fpsc.jiangsu.chinatax.gov.cn 的服务器 IP 地址。\nDNS_PROBE_FINISHED_NXDOMAIN",
                "Chrome error page, zh-CN"),
            new Sample("network.config.dns", "DNS request timed out.\n    timeout was 2 seconds.\nServer:  UnKnown\nAddress:  192.168.1.1\n\n*** Request to UnKnown timed-out",
                "Windows nslookup output"),
            // ---- network.capacity.congestion ----
            new Sample("network.capacity.congestion", "网络繁忙，请稍后重试",
                "Chinese client wording when requests keep timing out"),
            new Sample("network.capacity.congestion", "curl: (28) Operation timed out after 30001 milliseconds with 65536 out of 524288 bytes received",
                "curl exit code 28 during a transfer"),
            // ---- network.capacity.bandwidth ----
            new Sample("network.capacity.bandwidth", "下载版式文件超时，请稍后重试",
                "数电 platform / vendor client downloading the layout file"),
            new Sample("network.capacity.bandwidth", "curl: (28) Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds",
                "curl exit code 28 with --speed-limit"),
            // ---- network.security.attack ----
            new Sample("network.security.attack", "TCP: request_sock_TCP: Possible SYN flooding on port 8001. Sending cookies.  Check SNMP counters.",
                "Linux tcp_input.c tcp_syn_flood_action"),
            new Sample("network.security.attack", "Microsoft Defender Antivirus has detected malware or other potentially unwanted software.\n Name: Trojan:Win32/Wacatac.B!ml\n Severity: Severe",
                "Microsoft Defender event 1116"),
            // ---- network.security.vpn-proxy ----
            new Sample("network.security.vpn-proxy", "未连接到互联网\n代理服务器出现问题，或者地址有误。\nERR_PROXY_CONNECTION_FAILED",
                "Chrome proxy error page, zh-CN"),
            new Sample("network.security.vpn-proxy", "curl: (56) Received HTTP code 407 from proxy after CONNECT",
                "curl through an authenticating proxy"),
            new Sample("network.security.vpn-proxy", "ERROR\nThe requested URL could not be retrieved\nAccess Denied.\nAccess control configuration prevents your request from being allowed at this time. Please contact your service provider if you feel this is incorrect.\nGenerated Wed, 26 Nov 2026 08:15:02 GMT by proxy.corp (squid/4.10)",
                "Squid ERR_ACCESS_DENIED page"),
            new Sample("network.security.vpn-proxy", "错误 809: 无法建立计算机与 VPN 服务器之间的网络连接，因为远程服务器未响应。",
                "Windows VPN client error 809, zh-CN"),
            // ---- network.egress.tax-endpoint ----
            new Sample("network.egress.tax-endpoint", "请求IP不在白名单内，请联系管理员",
                "vendor API whitelist check (field knowledge S9, S10)"),
            new Sample("network.egress.tax-endpoint", "HTTP 403 Forbidden：访问被拒绝，请检查可信安全策略",
                "乐企 403 for the trusted security policy (field knowledge S9)"),
            // ---- platform.maintenance ----
            new Sample("platform.maintenance", "电局环境不稳定，请稍后重试(2116)",
                "vendor API code 2116 (field knowledge S11)"),
            new Sample("platform.maintenance", "系统正在维护中，预计08:00恢复，请稍后开票",
                "tax bureau maintenance notice wording (field knowledge S1, S2)"),
            new Sample("platform.maintenance", "ERROR@95 网络通信错误",
                "tax authority handshake reply (field knowledge S6)"),
            // ---- platform.session ----
            new Sample("platform.session", "{\"code\":\"1101\",\"msg\":\"登录状态已失效\"}",
                "vendor API code 1101 (field knowledge S11)"),
            new Sample("platform.session", "身份认证已超时，请使用税务APP扫码认证",
                "百旺 -345 and the QR-code check (field knowledge S12, S13)"),
            // ---- the network path, by the JDK, .NET, Windows and browsers ----
            new Sample("transport.security.firewall", "System.Net.Sockets.SocketException (10060): 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。",
                ".NET SocketException WSAETIMEDOUT, zh-CN Windows"),
            new Sample("transport.security.firewall", "java.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:323)",
                "JDK read on a connection reset by the peer or a middlebox"),
            new Sample("server.software", "由于目标计算机积极拒绝，无法连接。 127.0.0.1:8001",
                "Windows WSAECONNREFUSED text, zh-CN"),
            new Sample("network.security.vpn-proxy", "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
                "JDK certificate validation failure (often a TLS-inspecting proxy)"),
            new Sample("server.software", "服务器异常，返回结果为空",
                "the invoicing client's 服务器异常 with an empty result (the source article)")
        );
    }
}
