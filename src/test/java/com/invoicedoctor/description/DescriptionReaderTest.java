package com.invoicedoctor.description;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Observation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a description is read, on the fixture's few phrases: clauses, negation, unsure words, provenance. */
class DescriptionReaderTest {
    private static final DescriptionReader READER = new DescriptionReader(Fixture.fixture());

    private static Map<String, String> read(String text) {
        Map<String, String> facts = new LinkedHashMap<>();
        READER.read(text).forEach(o -> facts.put(o.id(), o.value()));
        return facts;
    }

    @Test
    void a_sentence_loses_the_marks_and_spaces_that_end_it_as_the_expression_of_them_would_cut() {
        java.util.regex.Pattern end = java.util.regex.Pattern.compile("[。！!？?；;.\\s]+$");
        for (String sentence : List.of("网页打不开。", "网页打不开！！", "打不开?? ", "It fails.", "打不开…", "", "。；",
                "打不开。\u0085", "打不开\u0085", "a\tb.\f\u000B", "打不开。\u2028x")) {
            String stripped = sentence.strip();
            assertThat(DescriptionReader.withoutEnd(stripped)).as(sentence).isEqualTo(end.matcher(stripped).replaceAll(""));
        }
        assertThat(DescriptionReader.withoutEnd("网页打不开！！")).isEqualTo("网页打不开");
    }

    @Test
    void the_words_of_a_text_are_cut_as_a_full_reading_cuts_them() {
        DescriptionReader product = new DescriptionReader(Fixture.product());
        String text = "周六机房停电了，UPS没撑住。Since Monday the client says server error, but WeChat works!";
        assertThat(product.words(text)).isEqualTo(product.readAll(text).words()).isNotEmpty();
    }

    @Test
    void an_answer_in_the_persons_own_words_resembles_together_with_the_description_they_began_with() {
        Description product = new Description(Fixture.product());
        var example = Fixture.product().examples().get(0);
        assertThat(product.read("还是不行")).extracting(Observation::id).doesNotContain("text.resembles-1");
        assertThat(product.read("还是不行", example.text()))
                .anyMatch(o -> o.id().equals("text.resembles-1") && o.value().equals(example.cause()));
    }

    @Test
    void a_clause_a_phrase_understood_is_not_read_again_by_the_term_lexicon_but_other_clauses_are() {
        Description product = new Description(Fixture.product());
        assertThat(product.read("系统时间也是对的")).extracting(Observation::id).doesNotContain("term.clock")
                .contains("client.clock-wrong");
        assertThat(DescriptionReaderTest.valueOf(product.read("系统时间也是对的"), "client.clock-wrong")).isEqualTo("no");
    }

    private static String valueOf(java.util.List<Observation> facts, String id) {
        return facts.stream().filter(o -> o.id().equals(id)).map(Observation::value).findFirst().orElse(null);
    }

    @Test
    void a_menu_named_maintenance_is_not_a_maintenance_message_but_the_platform_saying_so_is() {
        DescriptionReader product = new DescriptionReader(Fixture.product());
        assertThat(product.read("软件里数据维护那里提示表无法读取")).noneMatch(o -> o.id().equals("error.kind"));
        assertThat(product.read("开票时提示系统维护中"))
                .anyMatch(o -> o.id().equals("error.kind") && o.value().equals("maintenance"));
        assertThat(product.read("the data maintenance screen shows a message that a table cannot be read"))
                .noneMatch(o -> o.id().equals("error.kind"));
        assertThat(product.read("the portal says it is under maintenance"))
                .anyMatch(o -> o.id().equals("error.kind") && o.value().equals("maintenance"));
    }

    @Test
    void what_a_text_resembles_is_weighed_on_what_it_states_not_on_guesses_and_questions() {
        DescriptionReader product = new DescriptionReader(Fixture.product());
        String zh = "夏天下午开票总失败，网页也卡，老板怀疑是店员在用网看视频。是不是税局系统忙？";
        assertThat(product.readAll(zh).words()).contains("网页").doesNotContain("视频", "税局");
        String en = "Invoicing keeps failing and web pages crawl; the owner suspects staff watching videos.";
        assertThat(product.readAll(en).words()).doesNotContain("video", "videos").isNotEmpty();
        assertThat(product.words(zh)).isEqualTo(product.readAll(zh).words());
    }

    @Test
    void questions_and_guesses_are_blanked_for_the_error_text_layers_but_quoted_screen_words_are_kept() {
        DescriptionReader product = new DescriptionReader(Fixture.product());
        assertThat(product.readAll("开票一直服务器异常，是不是税局系统升级了？").telling())
                .contains("开票一直服务器异常").doesNotContain("升级");
        assertThat(product.readAll("Invoicing fails. I thought the router was broken, but restarting it did nothing.").telling())
                .contains("Invoicing fails").doesNotContain("router");
        assertThat(product.readAll("开不了票，老板非说是路由器坏了").telling()).doesNotContain("路由器");
        assertThat(product.readAll("It fails; my boss is convinced the router is broken").telling()).doesNotContain("router");
        assertThat(product.readAll("是不是因为它提示“系统正在升级维护”？").telling()).contains("“系统正在升级维护”");
    }

    @Test
    void the_persons_guess_is_not_read_as_the_softwares_message_but_a_quoted_message_is() {
        Description product = new Description(Fixture.product());
        assertThat(product.read("开票一直服务器异常，是不是税局系统升级了？")).extracting(Observation::id).doesNotContain("error.kind");
        assertThat(product.read("开票的时候弹出“系统升级维护中，请稍后再试”，是不是税局在升级？"))
                .anyMatch(o -> o.id().equals("error.kind") && o.value().equals("maintenance"));
    }

    @Test
    void a_word_a_pattern_matched_in_a_description_is_not_counted_again_as_a_term() {
        Description product = new Description(Fixture.product());
        List<Observation> facts = product.read("开票一直报服务器异常，ping 开票服务器不丢包");
        assertThat(facts).extracting(Observation::toString).contains("net.loss.percent = 0").doesNotContain("term.congestion = yes");
        assertThat(product.read("ping 开票服务器丢包很严重")).extracting(Observation::toString).contains("term.congestion = yes");
    }

    @Test
    void a_cue_matches_when_each_of_its_terms_is_in_one_clause_in_any_order() {
        assertThat(read("其他网站都能打开")).containsEntry("net.other-sites-work", "yes");
        assertThat(read("打开别的网页都正常")).containsEntry("net.other-sites-work", "yes");
        assertThat(read("Other websites load fine")).containsEntry("net.other-sites-work", "yes");
        assertThat(read("其他的都好，就是开票不行")).isEmpty();
    }

    @Test
    void words_joined_with_a_plus_are_one_alternative_found_as_consecutive_words() {
        assertThat(read("other web pages load")).containsEntry("net.other-sites-work", "yes");
        assertThat(read("other pages on the web load")).doesNotContainKey("net.other-sites-work");
    }

    @Test
    void a_negator_inside_or_just_before_the_cue_turns_it_around_in_both_languages() {
        assertThat(read("别的网站也不能打开")).containsEntry("net.other-sites-work", "no");
        assertThat(read("other websites don't load either")).containsEntry("net.other-sites-work", "no");
        assertThat(read("没有同事报错")).containsEntry("scope.others-affected", "no");
    }

    @Test
    void a_negation_that_is_part_of_the_cue_is_its_meaning_not_a_negation() {
        assertThat(read("别的网页也打不开")).containsEntry("net.other-sites-work", "no");
        assertThat(read("同事也不行")).containsEntry("scope.others-affected", "yes");
    }

    @Test
    void a_negator_is_a_whole_word_not_the_first_character_of_another() {
        assertThat(read("别的网站打开不断")).containsEntry("net.other-sites-work", "yes"); // 不断: "on and on"
        assertThat(read("vendor's update")).containsEntry("server.recent-update", "yes");
    }

    @Test
    void a_negator_elsewhere_in_the_clause_leaves_the_cue_alone() {
        assertThat(read("只有我这台电脑打不开开票软件")).containsEntry("scope.others-affected", "no");
    }

    @Test
    void contrast_keeps_the_halves_of_a_sentence_apart() {
        Map<String, String> facts = read("只有我这台电脑有问题，但是其他网站都能打开");
        assertThat(facts).containsEntry("scope.others-affected", "no").containsEntry("net.other-sites-work", "yes");
        assertThat(read("Only my PC is affected but other sites load")).containsEntry("net.other-sites-work", "yes")
                .containsEntry("scope.others-affected", "no");
    }

    @Test
    void a_sentence_wide_phrase_finds_its_terms_across_a_comma_or_a_contrast_but_not_across_sentences() {
        assertThat(read("我把VPN断开以后，马上就能开了")).containsEntry("net.works-without-vpn", "yes");
        assertThat(read("I had to disconnect the VPN, but then it went through")).containsEntry("net.works-without-vpn", "yes");
        assertThat(read("我把VPN断开了。今天上午还正常")).doesNotContainKey("net.works-without-vpn");
        assertThat(read("If I disconnect the VPN, does it go through?")).doesNotContainKey("net.works-without-vpn");
    }

    @Test
    void an_unless_word_anywhere_in_the_sentence_silences_the_phrase_in_both_languages() {
        assertThat(read("在办公室里telnet那个端口能连上")).containsEntry("net.port-open", "yes");
        assertThat(read("换成手机热点以后，telnet马上就通")).doesNotContainKey("net.port-open");
        assertThat(read("From the office the port times out; at home the telnet connects")).doesNotContainKey("net.port-open");
        assertThat(read("From the office the telnet connects to the port")).containsEntry("net.port-open", "yes");
    }

    @Test
    void a_list_parted_by_the_enumeration_comma_stays_one_clause() {
        assertThat(read("微信、邮件、别的网站都正常")).containsEntry("net.other-sites-work", "yes");
    }

    @Test
    void a_space_between_chinese_words_parts_clauses_for_people_who_type_without_punctuation() {
        assertThat(READER.read("只有我这台电脑 别的网站也打不开")).extracting(Observation::detail)
                .containsExactly("“只有我这台电脑”", "“别的网站也打不开”");
        assertThat(READER.read("only my PC here")).extracting(Observation::detail).containsExactly("“only my PC here”");
    }

    @Test
    void unsure_clauses_and_questions_tell_nothing() {
        assertThat(read("不知道其他网站能不能打开")).isEmpty();
        assertThat(read("是不是服务商升级了")).isEmpty();
        assertThat(read("Did the vendor release an update?")).isEmpty();
        assertThat(read("maybe the vendor pushed an update")).isEmpty();
    }

    @Test
    void when_a_fact_is_told_twice_the_later_clause_wins() {
        assertThat(read("一开始以为只有我这台电脑，后来同事也报错了")).containsEntry("scope.others-affected", "yes");
    }

    @Test
    void chinese_cue_words_are_not_found_inside_longer_words() {
        // 厂家 must start a word: 服务商 升级 is a cue, but "商升" inside other words is not
        assertThat(read("厂家昨晚发版了")).containsEntry("server.recent-update", "yes");
        assertThat(read("协商升级方案")).doesNotContainKey("server.recent-update");
    }

    @Test
    void every_fact_quotes_the_clause_it_came_from_with_source_description() {
        List<Observation> facts = READER.read("昨天服务商升级了。其他网站都正常");
        assertThat(facts).extracting(Observation::source).containsOnly(Observation.Source.description);
        assertThat(facts).extracting(Observation::detail).containsExactly("“昨天服务商升级了”", "“其他网站都正常”");
    }

    @Test
    void full_width_letters_and_mixed_text_are_read() {
        assertThat(read("ＯＮＬＹ ＭＹ ＰＣ")).containsEntry("scope.others-affected", "no");
        assertThat(read("vendor升级了")).doesNotContainKey("net.other-sites-work");
    }

    @Test
    void a_blank_text_says_nothing_and_a_text_too_long_is_refused() {
        assertThat(READER.read("  ")).isEmpty();
        assertThat(READER.read(null)).isEmpty();
        assertThatThrownBy(() -> READER.read("x".repeat(DescriptionReader.MAX_CHARS + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }

    /**
     * The product's own phrases (knowledge-base/phrases/): readings that were once false and must stay gone, and
     * observations callers state that once read nothing. Sentences are written for the test, in both languages.
     */
    @Nested
    class ProductPhrases {
        private static DescriptionReader reader;

        private static Map<String, String> product(String text) {
            synchronized (ProductPhrases.class) {
                if (reader == null) {
                    reader = new DescriptionReader(Fixture.product());
                }
            }
            Map<String, String> facts = new LinkedHashMap<>();
            reader.read(text).forEach(o -> facts.put(o.id(), o.value()));
            return facts;
        }

        @Test
        void a_monitor_that_raised_no_alarm_says_nothing_about_tax_returns_and_the_disks_are_fine() {
            assertThat(product("服务器的内存和硬盘都没有报警")).doesNotContainKey("business.return-filed")
                    .containsEntry("server.disk-errors", "no");
            assertThat(product("升级的时候没报错")).doesNotContainKey("business.return-filed");
            assertThat(product("上个季度的增值税一直没报税")).containsEntry("business.return-filed", "no");
            assertThat(product("Nobody has filed the VAT returns since spring")).containsEntry("business.return-filed", "no");
        }

        @Test
        void smart_named_with_a_normal_word_means_healthy_disks_not_disk_errors() {
            assertThat(product("硬盘SMART检测正常")).containsEntry("server.disk-errors", "no");
            assertThat(product("The drives' SMART check says healthy")).containsEntry("server.disk-errors", "no");
            assertThat(product("SMART on both disks shows no errors")).containsEntry("server.disk-errors", "no");
            assertThat(product("硬盘SMART告警了")).containsEntry("server.disk-errors", "yes");
        }

        @Test
        void a_clicking_disk_or_a_bad_block_in_the_event_log_is_a_disk_error() {
            assertThat(product("机箱里的硬盘有咔哒咔哒的响声")).containsEntry("server.disk-errors", "yes");
            assertThat(product("The server makes a clicking noise")).containsEntry("server.disk-errors", "yes");
            assertThat(product("事件查看器里有磁盘坏块的错误")).containsEntry("server.disk-errors", "yes");
            assertThat(product("The event log shows disk errors about a bad block")).containsEntry("server.disk-errors", "yes");
        }

        @Test
        void a_service_plan_named_without_a_failure_is_no_authorisation_error() {
            assertThat(product("一用这个套餐开票就报错")).doesNotContainKey("error.kind");
            assertThat(product("接口返回套餐已过期")).containsEntry("error.kind", "vendor-auth");
        }

        @Test
        void a_server_room_whose_cooling_failed_is_overheating_not_a_dns_failure() {
            assertThat(product("The cooling in our server cupboard broke down on Saturday"))
                    .doesNotContainKey("net.dns.failure").containsEntry("server.cpu-hot", "yes");
            assertThat(product("机房空调周末坏了")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("服务器风扇一直狂转")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("The server's fans run at full speed all afternoon")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("CPU temperature is normal")).doesNotContainKey("server.cpu-hot").doesNotContainKey("server.load-high");
        }

        @Test
        void a_plain_server_error_is_no_dns_servfail_and_no_own_server() {
            assertThat(product("A few invoices are rejected with a server error"))
                    .doesNotContainKey("net.dns.failure").doesNotContainKey("setup.channel");
            assertThat(product("Our invoicing client keeps showing a server error")).doesNotContainKey("setup.channel");
            assertThat(product("nslookup says SERVFAIL")).containsEntry("net.dns.failure", "servfail");
            assertThat(product("Everyone on our own invoice server gets it")).containsEntry("setup.channel", "own-server");
        }

        @Test
        void an_invoice_line_is_not_the_internet_line() {
            assertThat(product("Leaving out that one line, the same invoice goes through"))
                    .doesNotContainKey("net.egress-ip-changed");
            assertThat(product("Our public IP has not changed")).containsEntry("net.egress-ip-changed", "no");
        }

        @Test
        void a_new_router_alone_does_not_change_the_public_address_a_new_broadband_line_does() {
            assertThat(product("网管上周换了个新路由器")).doesNotContainKey("net.egress-ip-changed");
            assertThat(product("上个月刚换了联通的宽带")).containsEntry("net.egress-ip-changed", "yes");
        }

        @Test
        void a_ping_that_answers_from_the_invoice_host_says_the_route_reaches_it() {
            assertThat(product("我ping开票服务器是通的")).containsEntry("net.traceroute", "reaches");
            assertThat(product("Pinging the vendor host gets replies")).containsEntry("net.traceroute", "reaches")
                    .doesNotContainKey("net.tcp.connect");
        }

        @Test
        void a_message_that_cannot_be_parsed_is_a_format_error_not_a_name_lookup() {
            assertThat(product("对方说我们发过去的报文解析失败")).doesNotContainKey("net.dns.resolves")
                    .containsEntry("server.format-errors", "yes");
            assertThat(product("域名解析失败")).containsEntry("net.dns.resolves", "no");
        }

        @Test
        void the_tax_site_is_not_the_other_websites() {
            assertThat(product("I opened the tax bureau site and it says the site can't be reached"))
                    .doesNotContainKey("net.other-sites-work").containsEntry("net.tax-host-reachable", "no");
            assertThat(product("The tax bureau's status page looks normal")).doesNotContainKey("net.other-sites-work");
            assertThat(product("税务局网站也能打开")).doesNotContainKey("net.other-sites-work");
            assertThat(product("别的网站都能打开")).containsEntry("net.other-sites-work", "yes");
            assertThat(product("Other websites load fine")).containsEntry("net.other-sites-work", "yes");
        }

        @Test
        void a_hotspot_that_works_is_not_read_as_failing() {
            assertThat(product("On the phone hotspot the same invoice goes through without trouble"))
                    .containsEntry("net.hotspot-works", "yes").doesNotContainKey("symptom.special-invoices-only");
            assertThat(product("手机热点一连上就能开，断开热点又不行了")).containsEntry("net.hotspot-works", "yes");
            assertThat(product("用手机热点也一样报错")).containsEntry("net.hotspot-works", "no");
        }

        @Test
        void moving_a_pc_is_no_other_program_and_no_other_pc() {
            assertThat(product("We moved the PC to another desk and now it fails as soon as it opens"))
                    .doesNotContainKey("device.other-program-open").doesNotContainKey("scope.other-pcs-fail");
            assertThat(product("All our PCs get the error since Monday")).containsEntry("scope.other-pcs-fail", "yes");
            assertThat(product("Another invoicing program is open at the same time")).containsEntry("device.other-program-open", "yes");
        }

        @Test
        void a_fear_of_a_duplicate_is_not_a_duplicate() {
            assertThat(product("怕重复开票，我没敢再点")).doesNotContainKey("symptom.duplicate-issued");
            assertThat(product("开了两张就开始报错")).doesNotContainKey("symptom.duplicate-issued");
            assertThat(product("客户收到两张一模一样的发票")).containsEntry("symptom.duplicate-issued", "yes");
        }

        @Test
        void garbled_names_in_what_comes_back_are_a_format_error() {
            assertThat(product("开出来的发票上购买方名称全是问号")).containsEntry("server.format-errors", "yes");
            assertThat(product("The buyer names come back as question marks")).containsEntry("server.format-errors", "yes");
        }

        @Test
        void a_pac_file_or_a_web_proxy_is_a_configured_proxy() {
            assertThat(product("办公室电脑都走PAC文件配置的代理")).containsEntry("net.proxy.configured", "yes");
            assertThat(product("Our PCs get a PAC file from group policy")).containsEntry("net.proxy.configured", "yes");
        }

        @Test
        void an_update_prompt_always_put_off_means_an_old_client() {
            assertThat(product("升级提示弹了好几次，我每次都点稍后提醒")).containsEntry("client.version-old", "yes");
            assertThat(product("I kept clicking 'remind me later' on the update prompt")).containsEntry("client.version-old", "yes");
        }

        @Test
        void days_without_internet_are_days_offline() {
            assertThat(product("店里断网快两个星期了")).containsEntry("client.offline-days", "7");
            assertThat(product("We have had no internet for two weeks")).containsEntry("client.offline-days", "7");
            assertThat(product("The internet dropped a few times this week")).doesNotContainKey("client.offline-days");
        }

        @Test
        void a_network_icon_that_comes_and_goes_is_a_dropping_connection() {
            assertThat(product("搬了桌子以后右下角网络图标时不时出个叉")).containsEntry("net.adapter-errors", "yes");
            assertThat(product("Since we rearranged the desks the network icon keeps flickering"))
                    .containsEntry("net.adapter-errors", "yes");
        }

        @Test
        void a_notice_to_visit_the_tax_office_and_a_company_gone_from_its_address() {
            assertThat(product("A red banner asks us to visit the tax service hall"))
                    .containsEntry("platform.office-visit-notice", "yes");
            assertThat(product("登录电子税务局弹出红字提示要求去办税服务厅")).containsEntry("platform.office-visit-notice", "yes");
            assertThat(product("税务局说在注册地址找不到我们公司")).containsEntry("business.status-abnormal", "yes");
            assertThat(product("We moved out of the registered address last year")).containsEntry("business.status-abnormal", "yes");
        }

        @Test
        void a_helpdesk_taking_many_calls_reads_other_companies_and_its_other_customers_are_no_buyer() {
            assertThat(product("今天上午好多客户打电话反映开不了票")).containsEntry("scope.other-companies-fail", "yes");
            assertThat(product("Dozens of customers have been calling about it since noon"))
                    .containsEntry("scope.other-companies-fail", "yes");
            assertThat(product("我们这边今天其他客户都正常")).containsEntry("scope.other-companies-fail", "no")
                    .doesNotContainKey("symptom.one-buyer-only");
            assertThat(product("A caller from a trading company says it fails")).doesNotContainKey("scope.other-companies-fail");
        }

        @Test
        void a_system_calling_a_vendors_invoice_api_is_the_vendor_channel_but_not_when_it_feeds_the_own_server() {
            assertThat(product("他们的收银系统通过我们的开票接口自动开票")).containsEntry("setup.channel", "erp-vendor");
            assertThat(product("Their webshop calls our invoicing API for every order")).containsEntry("setup.channel", "erp-vendor");
            assertThat(product("ERP通过接口程序把单子转给我们自己的开票服务器")).doesNotContainEntry("setup.channel", "erp-vendor");
            assertThat(product("We issue everything on the 数电 platform")).containsEntry("setup.channel", "digital-web");
        }

        @Test
        void a_dark_tax_device_light_is_no_detection_but_a_lit_one_tells_nothing() {
            assertThat(product("税盘上的灯一直不亮")).containsEntry("device.detected", "no");
            assertThat(product("The UKey's light doesn't come on any more")).containsEntry("device.detected", "no");
            assertThat(product("开票软件里设备那一栏是空的")).containsEntry("device.detected", "no");
            assertThat(product("税盘的灯是亮的")).doesNotContainKey("device.detected");
        }

        @Test
        void a_service_that_exits_by_itself_crashes_and_restarting_it_helps_but_restarting_the_pc_is_not_that() {
            assertThat(product("开票服务的进程隔一阵就自己退出")).containsEntry("server.crash-logs", "yes");
            assertThat(product("The service process is just gone every morning")).containsEntry("server.crash-logs", "yes");
            assertThat(product("手动把服务拉起来又能用一阵")).containsEntry("server.restart-helps", "yes");
            assertThat(product("After I restart the service it runs again for a while")).containsEntry("server.restart-helps", "yes");
            assertThat(product("重启电脑以后又能用一阵")).doesNotContainKey("server.restart-helps");
        }

        @Test
        void a_port_test_that_passes_over_a_hotspot_says_nothing_of_the_office_line() {
            assertThat(product("在公司telnet那个端口连不上，换了热点telnet就通")).containsEntry("net.tcp.connect", "timeout");
            assertThat(product("From the office the port times out; on my phone hotspot telnet connects"))
                    .containsEntry("net.tcp.connect", "timeout");
            assertThat(product("The connection test in the client stops at the port step")).containsEntry("net.tcp.connect", "timeout");
            assertThat(product("换了热点以后，马上就能开票")).containsEntry("net.hotspot-works", "yes");
        }

        @Test
        void facts_told_across_a_comma_or_a_contrast_are_read_in_both_languages() {
            assertThat(product("微信能正常用，但是网页一个都打不开")).containsEntry("net.chat-works-web-fails", "yes");
            assertThat(product("WeChat works fine, but web pages won't open")).containsEntry("net.chat-works-web-fails", "yes");
            assertThat(product("微信能用，就是税务局网站打不开")).doesNotContainKey("net.chat-works-web-fails");
            assertThat(product("把VPN断开以后，发票马上就开出来了")).containsEntry("net.works-without-vpn", "yes");
            assertThat(product("Once I disconnect the VPN, the invoice goes through")).containsEntry("net.works-without-vpn", "yes");
            assertThat(product("把安装费那行去掉，只留货物，就能开了")).containsEntry("symptom.special-invoices-only", "yes");
            assertThat(product("If I remove the discount line, it goes through")).containsEntry("symptom.special-invoices-only", "yes");
        }

        @Test
        void a_monthly_routine_left_undone_is_no_report_and_a_question_in_a_not_a_form_tells_nothing() {
            assertThat(product("每个月月初要点一下上传，这个月没人弄")).containsEntry("client.reported-this-month", "no");
            assertThat(product("At the start of a month it usually uploads by itself, but this time it didn't show anything"))
                    .containsEntry("client.reported-this-month", "no");
            assertThat(product("交接时没说上个月的汇总上传做没做")).doesNotContainKey("client.reported-this-month");
        }

        @Test
        void the_day_of_the_month_is_read_and_a_habit_at_the_start_of_a_month_is_not_today() {
            assertThat(product("It's the 24th today")).containsEntry("timing.month-start", "no");
            assertThat(product("She does the start-of-month routine with the disk")).doesNotContainKey("timing.month-start");
        }

        @Test
        void a_pc_date_years_back_is_a_wrong_clock() {
            assertThat(product("电脑右下角的日期显示的是2012年")).containsEntry("client.clock-wrong", "yes");
            assertThat(product("The date in the corner says 2015")).containsEntry("client.clock-wrong", "yes");
        }

        @Test
        void a_qr_code_that_pops_up_is_a_login_to_renew() {
            assertThat(product("页面弹出一个二维码让扫码")).containsEntry("platform.login-expired", "yes");
            assertThat(product("A QR code popped up on the page")).containsEntry("platform.login-expired", "yes");
        }

        @Test
        void coming_and_going_is_intermittent_but_an_answer_that_comes_back_is_not() {
            assertThat(product("The connection drops every few minutes")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("好了一会儿又不行了")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("Every request comes back as an error")).doesNotContainEntry("timing.pattern", "intermittent");
        }

        @Test
        void an_ips_flagging_invoice_requests_is_an_ips_alert_not_attack_traffic() {
            assertThat(product("入侵防御设备把开票请求标成SQL注入攻击拦截了")).containsEntry("server.ids-alerts", "yes")
                    .doesNotContainKey("net.attack-traffic");
            assertThat(product("The IPS threat log shows SQL injection attempts blocked")).containsEntry("server.ids-alerts", "yes")
                    .doesNotContainKey("net.attack-traffic");
        }

        @Test
        void a_full_cpu_or_a_growing_queue_is_a_loaded_server() {
            assertThat(product("服务器CPU一直顶满，请求队列排了几百条")).containsEntry("server.load-high", "yes");
            assertThat(product("The request queue keeps growing")).containsEntry("server.load-high", "yes");
        }

        @Test
        void invoices_issued_while_offline_are_not_uploaded_and_attachments_or_batches_are_big_transfers() {
            assertThat(product("断网那几天票都是照常开的")).containsEntry("client.unuploaded", "yes");
            assertThat(product("带附件的单据一上传就服务器异常")).containsEntry("symptom.big-transfers-fail", "yes");
            assertThat(product("We can't upload invoice batches, they get an error")).containsEntry("symptom.big-transfers-fail", "yes");
        }

        @Test
        void an_address_with_a_port_or_a_time_of_day_is_not_cut_at_its_colon() {
            assertThat(product("The interface log says forward to 10.1.2.3:9000 failed: connection refused"))
                    .containsEntry("server.middleware-errors", "yes");
        }

        // ---- kinds of wording from the recall review of the spent rounds 5-7 (sentences written for the test) ----

        @Test
        void a_key_that_works_in_another_pc_says_this_pc_is_the_odd_one_and_one_that_fails_there_too_says_not() {
            assertThat(product("我把税盘拿到会计那台电脑上，一插就能开票")).containsEntry("scope.other-pcs-fail", "no");
            assertThat(product("With the same UKey, her old laptop issues without trouble")).containsEntry("scope.other-pcs-fail", "no")
                    .doesNotContainKey("vendor.auth-change");
            assertThat(product("税盘插到楼下那台电脑上，也一样开不了")).containsEntry("scope.other-pcs-fail", "yes");
            assertThat(product("We moved the tax key to the second PC, same result")).containsEntry("scope.other-pcs-fail", "yes");
            assertThat(product("The same API key still works from the old server")).containsEntry("vendor.auth-change", "no");
        }

        @Test
        void a_vpn_gateway_at_its_limit_is_the_proxy_bottleneck_not_the_invoice_server() {
            assertThat(product("总部VPN网关下午会话数和CPU都很高")).containsEntry("net.proxy.overloaded", "yes")
                    .doesNotContainKey("server.load-high");
            assertThat(product("The VPN gateway at head office is overloaded every afternoon")).containsEntry("net.proxy.overloaded", "yes")
                    .doesNotContainKey("server.load-high");
            assertThat(product("门店上网统一改成了VPN全隧道")).containsEntry("net.vpn-in-use", "yes");
            assertThat(product("把电脑改成本地宽带，开票马上就成功了")).containsEntry("net.works-without-vpn", "yes");
        }

        @Test
        void a_flood_from_thousands_of_addresses_is_attack_traffic_even_when_they_are_called_ips() {
            assertThat(product("The firewall sees a UDP flood from thousands of IPs")).containsEntry("net.attack-traffic", "yes");
            assertThat(product("Inbound traffic is mostly UDP from thousands of foreign addresses")).containsEntry("net.attack-traffic", "yes");
            assertThat(product("运营商说我们的线路正在被DDoS攻击")).containsEntry("net.attack-traffic", "yes");
        }

        @Test
        void a_pc_date_set_back_by_hand_is_a_wrong_clock_and_a_checked_clock_is_right() {
            assertThat(product("为了开上个月的票，把电脑日期改成了上个月")).containsEntry("client.clock-wrong", "yes");
            assertThat(product("Someone set back the system date to keep a trial running")).containsEntry("client.clock-wrong", "yes");
            assertThat(product("I checked the date and time, which are correct")).containsEntry("client.clock-wrong", "no");
            assertThat(product("同事同一时间开票都没问题")).doesNotContainKey("client.clock-wrong");
        }

        @Test
        void mobile_data_cut_off_for_nonpayment_is_offline_and_invoices_issued_without_internet_are_not_uploaded() {
            assertThat(product("店里的流量卡欠费停机了")).containsEntry("net.other-sites-work", "no");
            assertThat(product("The 4G box has not been topped up since the data ran out")).containsEntry("net.other-sites-work", "no");
            assertThat(product("It still issued invoices without internet for a few days")).containsEntry("client.unuploaded", "yes");
            assertThat(product("店里宽带上礼拜就坏了")).containsEntry("client.offline-days", "7");
        }

        @Test
        void only_one_buyer_failing_is_read_but_a_helpdesks_other_customers_are_other_companies() {
            assertThat(product("给其他购方开票都正常，就这一家开不出来")).containsEntry("symptom.one-buyer-only", "yes");
            assertThat(product("Invoices to private customers went through, no problem")).containsEntry("symptom.one-buyer-only", "yes");
            assertThat(product("I can't issue to this one company, it keeps failing")).containsEntry("symptom.one-buyer-only", "yes");
            assertThat(product("同时段同省其他客户开票正常")).containsEntry("scope.other-companies-fail", "no")
                    .doesNotContainKey("symptom.one-buyer-only");
        }

        @Test
        void a_server_to_server_setup_is_read_and_a_direct_connect_channel_is_no_proxy_setting() {
            assertThat(product("链路是ERP到接口程序再到开票服务器")).containsEntry("setup.channel", "own-server");
            assertThat(product("Their ERP posts to our API through a queue")).containsEntry("setup.channel", "erp-vendor");
            assertThat(product("They issue through the direct-connect channel")).doesNotContainKey("net.proxy.configured");
            assertThat(product("我们用直连方式测了一下税局接口")).doesNotContainKey("setup.channel").doesNotContainKey("net.proxy.configured");
        }

        @Test
        void a_sales_peak_or_fine_next_morning_is_busy_hours_and_failing_with_nobody_there_is_not() {
            assertThat(product("双十一当晚开票一直报错")).containsEntry("timing.busy-hours", "yes");
            assertThat(product("The same invoices go through first time the next morning")).containsEntry("timing.busy-hours", "yes");
            assertThat(product("晚上公司没人的时候试，也一样")).containsEntry("timing.busy-hours", "no");
            assertThat(product("I tried with the office empty and got the same")).containsEntry("timing.busy-hours", "no");
            assertThat(product("昨天晚上开票还正常")).doesNotContainKey("timing.busy-hours");
            // the time of one day says when it began; a recurring time says when it fails
            assertThat(product("今天上午十点以后一点开票就提示服务器异常")).doesNotContainKey("timing.busy-hours");
            assertThat(product("每天上午十点就开始卡，老是报异常")).containsEntry("timing.busy-hours", "yes");
        }

        @Test
        void a_result_told_after_a_comma_is_read_for_hotspots_and_adapters() {
            assertThat(product("我用手机开热点给电脑连上，开票就好了")).containsEntry("net.hotspot-works", "yes");
            assertThat(product("换了4G也没用")).containsEntry("net.hotspot-works", "no");
            assertThat(product("临时插了个USB无线网卡，开票完全正常")).containsEntry("net.other-adapter-works", "yes");
            assertThat(product("A USB ethernet adapter on that PC: invoicing works")).containsEntry("net.other-adapter-works", "yes");
            assertThat(product("Wi-Fi is fine and the tax site opens")).doesNotContainKey("net.other-adapter-works");
        }

        @Test
        void a_run_of_invoices_then_everything_failing_then_clearing_by_itself_is_read_across_commas() {
            assertThat(product("这几天开票开着开着就报服务器异常，等半小时左右又能开了")).containsEntry("symptom.fails-after-burst", "yes");
            // (a negator anywhere in the sentence, as in "连续开十几张都没事", still cancels a sentence-wide reading: a known limit)
            assertThat(product("连续开了十几张以后就全部报错，过一阵自己又好了")).containsEntry("symptom.fails-after-burst", "yes");
            assertThat(product("After a run of invoices everything fails, and half an hour later it works again"))
                    .containsEntry("symptom.fails-after-burst", "yes");
            assertThat(product("开票一直报服务器异常，重启以后又好了")).doesNotContainKey("symptom.fails-after-burst");
        }

        @Test
        void a_name_lookup_that_takes_seconds_is_very_slow_name_resolution() {
            assertThat(product("测了一下，解析开票服务器的域名要将近 5 秒")).containsEntry("net.dns.ms", "2000");
            assertThat(product("DNS lookups take several seconds before the page starts loading")).containsEntry("net.dns.ms", "2000");
            assertThat(product("解析失败，提示找不到服务器")).doesNotContainKey("net.dns.ms");
        }

        @Test
        void an_update_put_on_the_invoice_server_in_everyday_words_is_a_recent_update() {
            assertThat(product("上周五IT给开票系统打了个更新，周一就开始报错")).containsEntry("server.recent-update", "yes");
            assertThat(product("机房那台开票服务器前天升了个级")).containsEntry("server.recent-update", "yes");
            assertThat(product("IT patched the invoice server on Friday")).containsEntry("server.recent-update", "yes");
            assertThat(product("电脑系统自己打了个补丁")).doesNotContainKey("server.recent-update");
        }

        @Test
        void what_someone_thinks_or_insists_on_tells_nothing() {
            assertThat(product("Our boss thinks the new firewall is the reason")).doesNotContainKey("server.security-change");
            assertThat(product("客户坚持说防火墙什么都没改过")).doesNotContainKey("server.security-change");
            assertThat(product("The customer asked if our servers are being upgraded")).doesNotContainKey("server.recent-update");
        }

        @Test
        void a_memory_check_that_passed_is_clean_memory() {
            assertThat(product("内存自检没报错")).containsEntry("server.memory-errors", "no");
            assertThat(product("The memory test passed last night")).containsEntry("server.memory-errors", "no");
        }

        // ---- kinds of wording from the recall review of the spent round 8 (sentences written for the test) ----

        @Test
        void other_pcs_in_the_same_room_name_a_place_and_other_buyers_are_no_other_pcs() {
            assertThat(product("The other PCs in the same room are OK")).containsEntry("scope.other-pcs-fail", "no");
            assertThat(product("On the boss's PC it was the same")).containsEntry("scope.other-pcs-fail", "yes");
            assertThat(product("同一个办公室的其他电脑都正常")).containsEntry("scope.other-pcs-fail", "no");
            assertThat(product("The other tenants are all fine")).doesNotContainKey("scope.other-pcs-fail");
            assertThat(product("The others in accounts are fine")).containsEntry("scope.other-pcs-fail", "no");
            assertThat(product("其他客户都正常")).doesNotContainKey("scope.other-pcs-fail");
        }

        @Test
        void saving_an_invoice_is_the_submit_step() {
            assertThat(product("填好以后点保存就提示服务器异常")).containsEntry("symptom.stage", "submit");
            assertThat(product("每次保存发票的时候报错")).containsEntry("symptom.stage", "submit");
            assertThat(product("It errors out when I save the invoice")).containsEntry("symptom.stage", "submit");
        }

        @Test
        void looking_up_old_invoices_is_the_query_step_but_not_when_it_still_works() {
            assertThat(product("一查去年的发票就出错")).containsEntry("symptom.stage", "query");
            assertThat(product("查询历史发票时提示服务器异常")).containsEntry("symptom.stage", "query");
            assertThat(product("It happens mostly when we search for past invoices")).containsEntry("symptom.stage", "query");
            assertThat(product("Pulling up last year's invoices gives the error")).containsEntry("symptom.stage", "query");
            assertThat(product("Looking up old invoices still works")).doesNotContainKey("symptom.stage");
        }

        @Test
        void a_program_that_cannot_connect_is_a_connection_error() {
            assertThat(product("开票客户端老是连不上")).containsEntry("symptom.reply", "network-error");
            assertThat(product("从中午开始开票程序就连接不上了")).containsEntry("symptom.reply", "network-error");
            assertThat(product("The invoicing client won't connect since lunch")).containsEntry("symptom.reply", "network-error");
            assertThat(product("The software cannot connect at all")).containsEntry("error.kind", "network");
        }

        @Test
        void a_line_of_some_goods_added_and_then_failing_is_some_goods_only() {
            assertThat(product("多加了一行运费就报错")).containsEntry("symptom.some-goods-only", "yes");
            assertThat(product("加了一条服务费以后开不出来")).containsEntry("symptom.some-goods-only", "yes");
            assertThat(product("After adding the freight line item it fails")).containsEntry("symptom.some-goods-only", "yes");
        }

        @Test
        void a_line_that_keeps_dropping_is_intermittent() {
            assertThat(product("财务那台电脑三天两头断网")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("我们这里网络不稳定")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("隔段时间就掉线一次")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("大概每二十张失败一张")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("The connection keeps dropping")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("Three PCs with flaky wifi get it")).containsEntry("timing.pattern", "intermittent");
        }

        @Test
        void the_head_office_working_is_another_site_but_not_when_it_sits_on_the_servers_lan() {
            assertThat(product("总公司那边开票没问题")).containsEntry("scope.other-site-works", "yes");
            assertThat(product("Head office is unaffected")).containsEntry("scope.other-site-works", "yes");
            assertThat(product("Our HQ is fine, only the depot fails")).containsEntry("scope.other-site-works", "yes");
            assertThat(product("HQ users on the LAN issue fine")).doesNotContainKey("scope.other-site-works");
            assertThat(product("总部内网的电脑开票正常")).doesNotContainKey("scope.other-site-works");
            assertThat(product("The invoice server at HQ is exposed so branches can issue through it"))
                    .doesNotContainKey("scope.other-site-works");
        }

        @Test
        void a_morning_window_and_fine_the_rest_of_the_day_are_busy_hours_but_an_afternoon_is_not() {
            assertThat(product("It fails every morning between nine and ten")).containsEntry("timing.busy-hours", "yes");
            assertThat(product("It's fine the rest of the day")).containsEntry("timing.busy-hours", "yes");
            assertThat(product("其他时段都正常")).containsEntry("timing.busy-hours", "yes");
            assertThat(product("过了饭点就好了")).containsEntry("timing.busy-hours", "yes");
            assertThat(product("Invoices fail every afternoon")).doesNotContainKey("timing.busy-hours");
        }

        @Test
        void a_line_barely_usable_means_other_websites_fail_and_web_pages_opening_that_they_work() {
            assertThat(product("The internet is barely usable")).containsEntry("net.other-sites-work", "no");
            assertThat(product("Invoicing is down along with everything else")).containsEntry("net.other-sites-work", "no");
            assertThat(product("网基本用不了")).containsEntry("net.other-sites-work", "no");
            assertThat(product("什么网页都打不开")).containsEntry("net.other-sites-work", "no");
            assertThat(product("今天有信号的时候网页能打开")).containsEntry("net.other-sites-work", "yes");
            assertThat(product("电子税务局网页能打开")).doesNotContainEntry("net.other-sites-work", "yes");
        }

        @Test
        void the_same_invoice_keyed_in_by_hand_elsewhere_going_through_is_another_channel_working() {
            assertThat(product("When I key it in by hand on the portal it goes through"))
                    .containsEntry("scope.other-channel-works", "yes");
            assertThat(product("Typing the same invoice on the website works")).containsEntry("scope.other-channel-works", "yes");
            assertThat(product("同一张票在网页上手工开就可以")).containsEntry("scope.other-channel-works", "yes");
            assertThat(product("在客户端手动录入开得出来")).containsEntry("scope.other-channel-works", "yes");
        }

        @Test
        void an_e_tax_account_restricted_is_an_abnormal_status() {
            assertThat(product("税务局网站账号受限了")).containsEntry("business.status-abnormal", "yes");
            assertThat(product("电子税务局很多功能受限")).containsEntry("business.status-abnormal", "yes");
            assertThat(product("The e-tax account is restricted")).containsEntry("business.status-abnormal", "yes");
        }

        @Test
        void a_shop_or_its_plugin_issuing_by_itself_is_the_vendor_channel() {
            assertThat(product("Our online store no longer issues invoices automatically")).containsEntry("setup.channel", "erp-vendor");
            assertThat(product("The shop plugin fails on every order")).containsEntry("setup.channel", "erp-vendor");
            assertThat(product("网店后台的自动开票插件开不出来")).containsEntry("setup.channel", "erp-vendor");
            assertThat(product("小程序一键开票失败")).containsEntry("setup.channel", "erp-vendor");
        }

        @Test
        void failing_whatever_the_amount_is_not_large_amounts_only() {
            assertThat(product("无论金额多少都开不了")).containsEntry("symptom.large-amount-only", "no");
            assertThat(product("不管大小都开不出来")).containsEntry("symptom.large-amount-only", "no");
            assertThat(product("It fails regardless of the amount")).containsEntry("symptom.large-amount-only", "no");
        }

        @Test
        void issuing_offline_as_before_is_the_offline_habit_and_videos_that_play_are_no_heavy_traffic() {
            assertThat(product("以前断网的时候也能照样开票")).containsEntry("client.unuploaded", "yes")
                    .doesNotContainKey("net.other-sites-work").doesNotContainKey("scope.neighbours-offline");
            assertThat(product("网页、刷视频、微信全都正常")).doesNotContainEntry("net.heavy-traffic", "yes");
            assertThat(product("Web pages and videos all work fine")).doesNotContainEntry("net.heavy-traffic", "yes");
        }

        @Test
        void a_new_security_device_said_with_a_measure_word_is_a_security_change() {
            assertThat(product("公司新装了一套防火墙")).containsEntry("server.security-change", "yes");
            assertThat(product("上个月上了一套新的上网行为管理")).containsEntry("server.security-change", "yes");
            assertThat(product("A new firewall was installed last week")).containsEntry("server.security-change", "yes");
        }

        @Test
        void a_run_that_went_fine_then_failing_then_clearing_is_a_burst_and_about_a_number_is_no_doubt() {
            assertThat(product("开了几张都没事，然后就全报错，过一会儿又自己好了"))
                    .containsEntry("symptom.fails-after-burst", "yes");
            assertThat(product("开着开着就报错，大概二十分钟以后又能开了")).containsEntry("symptom.fails-after-burst", "yes");
            assertThat(product("After a dozen invoices it stops, and 15 minutes later it works again"))
                    .containsEntry("symptom.fails-after-burst", "yes");
            assertThat(product("大概是网络不稳定")).doesNotContainKey("timing.pattern");
        }

        @Test
        void a_clock_years_back_an_own_server_a_long_wait_and_a_server_switching_off_are_read() {
            assertThat(product("电脑日期变成了好几年前")).containsEntry("client.clock-wrong", "yes");
            assertThat(product("The clock shows a date several years ago")).containsEntry("client.clock-wrong", "yes");
            assertThat(product("开票软件装在机房那台服务器上")).containsEntry("setup.channel", "own-server");
            assertThat(product("Our invoicing system runs on a server in our back office")).containsEntry("setup.channel", "own-server");
            assertThat(product("每开一张都要等好久")).containsEntry("symptom.slow", "yes");
            assertThat(product("那台服务器最近老是自己关机")).containsEntry("server.crash-logs", "yes");
            assertThat(product("The server switches itself off at noon")).containsEntry("server.crash-logs", "yes");
        }

        @Test
        void another_company_in_the_building_failing_too_and_a_login_after_a_reinstall() {
            assertThat(product("问了楼下那家公司，他们也开不出来")).containsEntry("scope.other-companies-fail", "yes");
            assertThat(product("Another company in our building has the same problem")).containsEntry("scope.other-companies-fail", "yes");
            assertThat(product("重装系统后重新登录开票软件")).doesNotContainKey("platform.login-expired");
        }

        @Test
        void getting_slower_one_in_n_failing_and_a_request_still_processing_are_read_in_both_languages() {
            assertThat(product("After lunch the invoicing gets slower and slower")).containsEntry("symptom.slow", "yes");
            assertThat(product("Saving one invoice takes forever")).containsEntry("symptom.slow", "yes");
            assertThat(product("下午开票越来越慢")).containsEntry("symptom.slow", "yes");
            assertThat(product("Roughly one in ten fails with the error")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("大概每几张就失败一张")).containsEntry("timing.pattern", "intermittent");
            assertThat(product("The result endpoint says the request is still being processed")).containsEntry("error.kind", "pending");
            assertThat(product("查询结果一直显示正在开具")).containsEntry("error.kind", "pending");
        }

        @Test
        void the_same_details_typed_on_the_website_told_across_a_comma_is_another_channel_working() {
            assertThat(product("If I enter the same details on the e-tax portal by hand, it goes through"))
                    .containsEntry("scope.other-channel-works", "yes");
            assertThat(product("When I type in the same buyer on the website myself, it issues normally"))
                    .containsEntry("scope.other-channel-works", "yes");
            assertThat(product("同样的信息手工开，马上就能开出来")).containsEntry("scope.other-channel-works", "yes");
            assertThat(product("The client and the e-tax portal both fail")).containsEntry("scope.other-channel-works", "no");
            assertThat(product("电子税务局网页上也开不了")).containsEntry("scope.other-channel-works", "no")
                    .doesNotContainKey("net.other-sites-work");
        }

        @Test
        void a_business_licence_is_no_api_licence_and_program_code_is_no_error_code() {
            assertThat(product("The buyer sent a new business licence after changing their name"))
                    .doesNotContainKey("vendor.auth-change");
            assertThat(product("客户换了营业执照，名称改了")).doesNotContainKey("vendor.auth-change");
            assertThat(product("Our API licence expired last week")).containsEntry("vendor.auth-change", "yes");
            assertThat(product("The developer says our code hasn't been touched")).doesNotContainKey("symptom.reply");
            assertThat(product("The error code says 7004")).containsEntry("symptom.reply", "specific-error");
        }

        @Test
        void certificate_warnings_on_many_sites_are_read_but_the_tax_site_or_the_client_alone_is_not_many_sites() {
            assertThat(product("浏览器打开好多网站都提示证书有问题")).containsEntry("net.browser-cert-warnings", "yes")
                    .doesNotContainKey("term.certificate");
            assertThat(product("Some websites complain about certificates in Chrome")).containsEntry("net.browser-cert-warnings", "yes");
            assertThat(product("打开电子税务局提示证书不安全，其他网站都正常")).doesNotContainKey("net.browser-cert-warnings");
            assertThat(product("Other websites are fine, only the invoicing software says the certificate expired"))
                    .doesNotContainKey("net.browser-cert-warnings");
        }

        @Test
        void an_address_the_same_as_another_devices_is_an_ip_conflict() {
            assertThat(product("弹了个框，大概意思是地址跟别的设备重复了")).containsEntry("net.ip-conflict", "yes");
            assertThat(product("提示IP和另一台电脑一样")).containsEntry("net.ip-conflict", "yes");
            assertThat(product("我们的IP地址被别人占用了")).containsEntry("net.ip-conflict", "yes");
            assertThat(product("Windows said another device has the same IP address")).containsEntry("net.ip-conflict", "yes");
            assertThat(product("a popup about a duplicate IP address")).containsEntry("net.ip-conflict", "yes");
            assertThat(product("发票号码跟别的电脑开的重复了")).doesNotContainKey("net.ip-conflict");
            assertThat(product("The invoice is the same as another computer's draft")).doesNotContainKey("net.ip-conflict");
        }

        @Test
        void how_long_a_restart_holds_is_a_restart_that_helps() {
            assertThat(product("开票服务器重启以后能正常两三天，然后又开始报错")).containsEntry("server.restart-helps", "yes");
            assertThat(product("每次重启一下能撑两天")).containsEntry("server.restart-helps", "yes");
            assertThat(product("After a reboot the server is fine for a couple of days")).containsEntry("server.restart-helps", "yes");
            assertThat(product("Restarting the service fixes it for a day or so")).containsEntry("server.restart-helps", "yes");
            // the PC or the router restarted is not the invoice service
            assertThat(product("重启电脑后能好一两天")).doesNotContainKey("server.restart-helps");
            assertThat(product("Rebooting the router is fine for a day, then it drops again")).doesNotContainKey("server.restart-helps");
        }

        @Test
        void a_loud_fan_is_a_machine_running_hot() {
            assertThat(product("服务器机箱的风扇嗡嗡响，开票越来越慢")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("主机风扇噪音特别大")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("The server's fans are really loud lately")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("the fan in the invoicing box is howling since Monday")).containsEntry("server.cpu-hot", "yes");
        }

        @Test
        void the_tax_office_notice_reported_in_the_callers_words_is_that_notice() {
            assertThat(product("It says server error and then something about going to the tax bureau"))
                    .containsEntry("platform.office-visit-notice", "yes");
            assertThat(product("The client told me to go to the tax office to sort it out"))
                    .containsEntry("platform.office-visit-notice", "yes");
            assertThat(product("there is a line saying contact your local tax authority"))
                    .containsEntry("platform.office-visit-notice", "yes");
            // officers who came by are no notice on the screen
            assertThat(product("He says tax officers visited the registered address last month"))
                    .doesNotContainKey("platform.office-visit-notice");
            assertThat(product("I haven't been told to go to the tax office")).doesNotContainKey("platform.office-visit-notice");
        }

        @Test
        void the_tax_bureau_changing_its_invoice_template_is_a_tax_side_change() {
            assertThat(product("Since the bureau changed the invoice layout, nothing goes through"))
                    .containsEntry("timing.after-tax-change", "yes");
            assertThat(product("Errors began when the tax bureau's revised template came in"))
                    .containsEntry("timing.after-tax-change", "yes");
            assertThat(product("税局新版式上线以后就一直报错")).containsEntry("timing.after-tax-change", "yes");
            assertThat(product("税务局换了发票模板，之后开不出来")).containsEntry("timing.after-tax-change", "yes");
            // the company's own template is no tax-side change
            assertThat(product("我们自己改了打印模板")).doesNotContainKey("timing.after-tax-change");
        }

        @Test
        void a_shops_other_tills_working_is_only_this_machine_and_a_shops_number_is_no_date() {
            assertThat(product("隔壁收银台那台能开")).containsEntry("scope.other-pcs-fail", "no");
            assertThat(product("店里别的终端都没问题")).containsEntry("scope.other-pcs-fail", "no");
            assertThat(product("其他收银机也不正常")).containsEntry("scope.other-pcs-fail", "yes");
            assertThat(product("The other tills in the shop are fine")).containsEntry("scope.other-pcs-fail", "no");
            assertThat(product("the register next to it works")).containsEntry("scope.other-pcs-fail", "no");
            assertThat(product("5号店的开票机报错")).doesNotContainKey("timing.month-start");
            assertThat(product("2号机开不了票")).doesNotContainKey("timing.month-start");
            assertThat(product("3号开始开不了票")).containsEntry("timing.month-start", "yes");
        }

        @Test
        void everything_reachable_but_the_invoicing_is_other_sites_working() {
            assertThat(product("We can reach everything except the invoicing service")).containsEntry("net.other-sites-work", "yes");
            assertThat(product("I can open anything else in the browser")).containsEntry("net.other-sites-work", "yes");
            assertThat(product("They can't reach anything at all")).doesNotContainEntry("net.other-sites-work", "yes");
        }

        @Test
        void certificate_warnings_on_other_sites_are_read_though_the_tax_site_is_named_in_the_same_sentence() {
            assertThat(product("电子税务局能打开，但浏览器打开有些网站会提示证书不安全"))
                    .containsEntry("net.browser-cert-warnings", "yes");
            assertThat(product("税局网站正常，就是别的网站老提示不是私密连接")).containsEntry("net.browser-cert-warnings", "yes");
            assertThat(product("The tax bureau site loads, but lots of sites say the connection is not private"))
                    .containsEntry("net.browser-cert-warnings", "yes");
            assertThat(product("电子税务局打开正常，其他网站也没有证书提示")).containsEntry("net.browser-cert-warnings", "no");
            assertThat(product("打开电子税务局提示证书不安全")).doesNotContainKey("net.browser-cert-warnings");
        }

        @Test
        void an_old_client_is_read_from_its_age_or_from_never_having_updated() {
            assertThat(product("the about box shows a version from almost two years ago"))
                    .containsEntry("client.version-old", "yes");
            assertThat(product("It has never asked to update so they never did")).containsEntry("client.version-old", "yes");
            assertThat(product("The version is from last year, we never updated it")).containsEntry("client.version-old", "yes");
            assertThat(product("开票软件从来没升级过")).containsEntry("client.version-old", "yes");
            assertThat(product("关于里显示的版本还是两年前的")).containsEntry("client.version-old", "yes");
            assertThat(product("开票软件从来没升级过，一直报服务器异常")).containsEntry("client.version-old", "yes");
            assertThat(product("We switched to this vendor two years ago")).doesNotContainKey("client.version-old");
            assertThat(product("服务端程序两年没升级了")).doesNotContainKey("client.version-old");
            assertThat(product("the goods code table in our invoicing client was never updated"))
                    .doesNotContainKey("client.version-old");
            assertThat(product("they moved in spring and never updated the registration")).doesNotContainKey("client.version-old");
        }

        @Test
        void another_device_on_the_shop_network_dropping_too_is_a_neighbour_offline() {
            assertThat(product("The card machine also dropped a few times this week"))
                    .containsEntry("scope.neighbours-offline", "yes");
            assertThat(product("The receipt printer goes offline too")).containsEntry("scope.neighbours-offline", "yes");
            assertThat(product("收银机也经常掉线")).containsEntry("scope.neighbours-offline", "yes");
            assertThat(product("POS机也连不上了")).containsEntry("scope.neighbours-offline", "yes");
            assertThat(product("The card machine works fine")).doesNotContainKey("scope.neighbours-offline");
        }

        @Test
        void a_pc_back_from_repair_or_with_a_new_board_or_battery_is_read_but_a_repaired_tax_disk_is_not() {
            assertThat(product("这台电脑上个月送修换过主板")).containsEntry("client.board-or-battery-changed", "yes");
            assertThat(product("主板电池换了一块新的")).containsEntry("client.board-or-battery-changed", "yes");
            assertThat(product("The PC came back from repair last week")).containsEntry("client.board-or-battery-changed", "yes");
            assertThat(product("They replaced the motherboard in March")).containsEntry("client.board-or-battery-changed", "yes");
            assertThat(product("主板没换过")).containsEntry("client.board-or-battery-changed", "no");
            assertThat(product("税盘送修回来了")).doesNotContainKey("client.board-or-battery-changed");
        }

        @Test
        void heat_a_loud_fan_and_a_box_that_shuts_off_by_itself_are_read_in_plain_words() {
            assertThat(product("It's very hot back there since summer started")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("its fan is super loud")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("the fan is really noisy all afternoon")).containsEntry("server.cpu-hot", "yes");
            assertThat(product("sometimes it just shuts off by itself")).containsEntry("server.crash-logs", "yes");
            assertThat(product("the PC turns off on its own after lunch")).containsEntry("server.crash-logs", "yes");
            assertThat(product("The back room is cool, the fan is quiet")).doesNotContainKey("server.cpu-hot");
        }
    }
}
