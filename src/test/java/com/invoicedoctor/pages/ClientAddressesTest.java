package com.invoicedoctor.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void a_direct_client_is_its_connection_whatever_x_forwarded_for_says() {
        ClientAddresses direct = ClientAddresses.direct();
        assertThat(direct.of("127.0.0.1", List.of("10.9.8.7"))).isEqualTo("127.0.0.1");
        assertThat(direct.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_nearest_address_the_proxies_did_not_add_themselves() {
        ClientAddresses proxied = ClientAddresses.behind(List.of("127.0.0.1", "10.0.0.2"));
        assertThat(proxied.of("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        // the client wrote the first entry itself; the proxies appended the rest
        assertThat(proxied.of("127.0.0.1", List.of("1.2.3.4, 203.0.113.9, 10.0.0.2"))).isEqualTo("203.0.113.9");
        assertThat(proxied.of("127.0.0.1", List.of("1.2.3.4", "203.0.113.9"))).isEqualTo("203.0.113.9");
        // a header from a peer that is not a trusted proxy is not believed
        assertThat(proxied.of("198.51.100.1", List.of("203.0.113.9"))).isEqualTo("198.51.100.1");
    }

    @Test
    void a_hop_that_is_no_ip_address_stops_the_walk_at_the_last_address_vouched_for_and_is_never_looked_up() {
        ClientAddresses proxied = ClientAddresses.behind(List.of("127.0.0.1"));
        assertThat(proxied.of("127.0.0.1", List.of("evil.example"))).isEqualTo("127.0.0.1");
        assertThat(proxied.of("127.0.0.1", List.of("a.b.c.d"))).isEqualTo("127.0.0.1");
        assertThat(proxied.of("127.0.0.1", List.of("dead:beef:zz"))).isEqualTo("127.0.0.1");
        assertThat(ClientAddresses.key("localhost")).isNull();
        assertThat(ClientAddresses.key("127.1")).isNull();
    }

    @Test
    void an_ipv6_address_counts_as_its_slash_64_network_and_a_mapped_ipv4_address_as_ipv4() {
        assertThat(ClientAddresses.key("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddresses.key("[2001:db8:1:2:bbbb::7]")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddresses.key("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientAddresses.key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void a_trusted_proxy_must_be_named_by_its_address() {
        assertThatThrownBy(() -> ClientAddresses.behind(List.of("proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.internal");
    }
}
