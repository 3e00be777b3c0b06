package com.invoicedoctor.description;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the product's phrases read from the kinds of things callers say first (issue 11, openings): each kind in
 * other wordings than any story, and the readings that must not happen.
 */
class OpeningPhrasesTest {
    private static final DescriptionReader READER = new DescriptionReader(Fixture.product());

    private static Map<String, String> read(String text) {
        Map<String, String> facts = new LinkedHashMap<>();
        READER.read(text).forEach(o -> facts.put(o.id(), o.value()));
        return facts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"有几张发票开不出来，别的发票都能开。", "今天有的票能开有的不行。", "部分发票一直报错过不去，其他发票都开出去了。",
            "Only a few invoices fail with server error.", "This one invoice keeps getting rejected, the rest of them went through.",
            "Just some invoices are refused, the other ones are fine.", "就这张票开不出去，其他的票都能开。"})
    void only_some_invoices_failing_is_read(String text) {
        assertThat(read(text)).containsEntry("symptom.some-invoices-only", "yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Every invoice above 40,000 fails.", "Any invoice with more than 8 lines fails.", "每张超过十万的发票都开不了。",
            "The client gives server error every few minutes."})
    void failing_invoices_named_by_what_they_hold_are_not_every_invoice(String text) {
        assertThat(read(text)).doesNotContainEntry("symptom.some-invoices-only", "no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"所有发票都开不出来。", "每一张发票都报服务器异常。", "Every invoice fails.", "All invoices fail since this morning."})
    void every_invoice_failing_is_read(String text) {
        assertThat(read(text)).containsEntry("symptom.some-invoices-only", "no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The others were fine.", "One PC fails, the others are fine.", "其他电脑都正常。", "This invoice fails.",
            "Other users on the same floor are fine with their invoices.", "开一张票要等好久，然后弹服务器异常。", "Some invoice queries fail since Monday."})
    void other_pcs_or_one_invoice_alone_say_nothing_about_some_invoices(String text) {
        assertThat(read(text)).doesNotContainKey("symptom.some-invoices-only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"It fails only during office hours.", "Errors show up only in the late morning.",
            "It fails only in the daytime.", "Evenings are fine, it fails in the day.", "只有白天开票报错。", "一到上班时间就开不了票。"})
    void a_recurring_busy_time_of_day_is_read_as_busy_hours(String text) {
        assertThat(read(text)).containsEntry("timing.busy-hours", "yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I tried again this afternoon and it still says server error.", "今天上午开了几张都正常，下午就不行了。",
            "Since this afternoon every invoice fails.", "It did all morning fine.", "Now even normal invoices fail.",
            "It fails every afternoon, mornings are fine.",
            "早上还好好的，下午一开票就提示服务器异常。"})
    void one_days_time_is_not_busy_hours(String text) {
        assertThat(read(text)).doesNotContainKey("timing.busy-hours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"从周末开始开票就报服务器异常。", "周末以来一直开不了票。", "Since the weekend the invoicing fails.",
            "It has failed since last weekend."})
    void since_the_weekend_is_when_it_began_not_failing_at_weekends(String text) {
        assertThat(read(text)).doesNotContainKey("timing.night-weekend");
    }

    @ParameterizedTest
    @ValueSource(strings = {"周末就报错。", "It only fails at weekends."})
    void failing_at_weekends_is_still_read(String text) {
        assertThat(read(text)).containsEntry("timing.night-weekend", "yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"机房上周新上了一台安全设备，之后开票间歇报错。", "安全设备升级后开票就不稳定。",
            "After the security firm came last week, nothing goes through.", "The security company installed something on Monday."})
    void a_new_or_changed_security_device_is_a_security_change(String text) {
        assertThat(read(text)).containsEntry("server.security-change", "yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"业务系统推送开票请求一直超时。", "我们对接的开票接口从今天起全部报错。", "ERP推过去的票都失败了。",
            "Our invoice API requests have been failing since midnight.", "The invoicing in our booking system stopped working.",
            "Invoices from the hotel system fail."})
    void an_erp_or_interface_in_the_path_is_the_erp_channel(String text) {
        assertThat(read(text)).containsEntry("setup.channel", "erp-vendor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"收银台的刷卡机也断网了。", "POS机也掉线了，开票也报错。"})
    void another_device_of_the_shop_offline_is_not_this_pcs_websites(String text) {
        assertThat(read(text)).doesNotContainKey("net.other-sites-work").containsEntry("scope.neighbours-offline", "yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"这台电脑开票报错，其他电脑上网都没问题。", "同事的电脑上网正常。"})
    void other_pcs_online_is_not_this_pcs_websites(String text) {
        assertThat(read(text)).doesNotContainKey("net.other-sites-work");
    }

    @ParameterizedTest
    @ValueSource(strings = {"我这边上网没问题，就是开不了票。", "上网正常，开票报服务器异常。"})
    void this_pc_online_is_still_read(String text) {
        assertThat(read(text)).containsEntry("net.other-sites-work", "yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"开票服务器上周自己关过一次机。", "The invoice server shut itself down twice this week."})
    void a_server_shutting_itself_down_is_read(String text) {
        assertThat(read(text)).containsEntry("server.crash-logs", "yes");
    }
}
