package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class DnsQueryTest {

    @Test
    void the_resolvers_answer_code_gives_the_failure_kind() throws Exception {
        try (FakeDns nx = FakeDns.nxdomain(); FakeDns fail = new FakeDns(2); FakeDns refused = new FakeDns(5)) {
            assertThat(DnsQuery.ask(nx.nameservers().servers().get(0), "invoice.invalid", 1000).kind()).isEqualTo(DnsQuery.Kind.nxdomain);
            assertThat(DnsQuery.ask(fail.nameservers().servers().get(0), "invoice.example.test", 1000).kind()).isEqualTo(DnsQuery.Kind.servfail);
            assertThat(DnsQuery.ask(refused.nameservers().servers().get(0), "invoice.example.test", 1000).kind()).isEqualTo(DnsQuery.Kind.refused);
        }
    }

    @Test
    void a_resolver_that_never_answers_times_out() throws Exception {
        try (DatagramSocket deaf = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            DnsQuery.Answer a = DnsQuery.ask((InetSocketAddress) deaf.getLocalSocketAddress(), "invoice.example.test", 300);
            assertThat(a.kind()).isEqualTo(DnsQuery.Kind.timeout);
            assertThat(a.ms()).isGreaterThanOrEqualTo(250);
        }
    }

    @Test
    void the_nameservers_are_read_from_resolv_conf() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("resolv", ".conf");
        java.nio.file.Files.writeString(file, "# comment\nsearch corp.example\nnameserver 10.0.0.2\nnameserver fe80::1%eth0\noptions ndots:1\n");
        Nameservers n = Nameservers.fromResolvConf(file);
        assertThat(n.servers()).extracting(InetSocketAddress::getHostString).containsExactly("10.0.0.2", "fe80:0:0:0:0:0:0:1");
        java.nio.file.Files.delete(file);
    }
}
