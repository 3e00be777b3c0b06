package com.invoicedoctor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traditional characters are read as simplified ones, one for one; other texts are left alone. */
class SimplifiedChineseTest {
    @Test
    void traditional_characters_become_simplified_and_the_length_stays() {
        String traditional = "連線逾時，伺服器憑證無效（錯誤碼 12175）";
        String read = SimplifiedChinese.of(traditional);
        assertThat(read).isEqualTo("连线逾时，伺服器凭证无效（错误码 12175）");
        assertThat(read).hasSameSizeAs(traditional);
        assertThat(SimplifiedChinese.of("統一身份認證平台：您的CA未注冊")).isEqualTo("统一身份认证平台：您的CA未注册");
    }

    @Test
    void a_text_that_needs_no_mapping_is_returned_itself() {
        String simplified = "连接超时，服务器证书无效";
        assertThat(SimplifiedChinese.of(simplified)).isSameAs(simplified);
        String english = "Connection timed out";
        assertThat(SimplifiedChinese.of(english)).isSameAs(english);
    }
}
