package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyCheckTest {

    private static String judge(String type, String body) {
        return BodyCheck.judge(type, body.getBytes(StandardCharsets.UTF_8)).value();
    }

    @Test
    void an_empty_or_blank_body_is_empty() {
        assertThat(judge("application/json", "")).isEqualTo("empty");
        assertThat(judge(null, " \r\n")).isEqualTo("empty");
    }

    @Test
    void a_body_that_does_not_parse_as_its_declared_type_is_unparseable() {
        assertThat(judge("application/json", "<html><body>Access denied</body></html>")).isEqualTo("unparseable");
        assertThat(judge("application/json;charset=UTF-8", "{\"code\":\"0000\",")).isEqualTo("unparseable");
        assertThat(judge("text/xml; charset=GBK", "<response><code>0</code>")).isEqualTo("unparseable");
        assertThat(judge(null, "{broken")).isEqualTo("unparseable");
    }

    @Test
    void a_body_that_parses_as_its_type_is_normal() {
        assertThat(judge("application/json", "{\"code\":\"0000\",\"msg\":\"开票成功\"}")).isEqualTo("normal");
        assertThat(judge("application/xml", "<?xml version=\"1.0\"?><r><code>0</code></r>")).isEqualTo("normal");
        assertThat(judge("text/html", "<html>whatever</html>")).isEqualTo("normal");
    }

    @Test
    void an_xml_body_with_a_doctype_is_not_expanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        assertThat(judge("application/xml", xxe)).isEqualTo("unparseable");
    }
}
