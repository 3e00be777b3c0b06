package com.invoicedoctor.description;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The closest told cases voting for their causes. */
class NearestStoriesTest {
    private static final Words WORDS = new Words();

    private static NearestStories.Story story(String id, int cause, String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : WORDS.of(text, true)) {
            counts.merge(w, 1, Integer::sum);
        }
        return new NearestStories.Story(id, cause, counts);
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(WORDS.of(text, true)));
    }

    private static final NearestStories STORIES = new NearestStories(3, List.of(
            story("a", 0, "右下角那个盘的小图标是灰色的，开票软件打开就报服务器异常"),
            story("b", 1, "整个财务室都没网，柜子上那个白色盒子的灯全灭了，开票软件服务器异常"),
            story("c", 1, "the whole office lost the internet, the router lights are off, invoicing says server error"),
            story("d", 2, "since the vendor's release on Sunday every terminal gets a server error when issuing")));

    @Test
    void a_short_text_close_to_one_story_votes_for_that_story_s_cause() {
        double[] votes = STORIES.votes(words("盘的图标灰色"), 3);
        assertThat(votes[0]).isGreaterThan(votes[1]).isGreaterThan(0);
        assertThat(votes[2]).isZero();
        double[] english = STORIES.votes(words("after the vendor release on Sunday nothing issues"), 3);
        assertThat(english[2]).isGreaterThan(english[0]).isGreaterThan(english[1]);
    }

    @Test
    void only_the_k_closest_vote() {
        double[] one = STORIES.votes(words("router lights off and server error"), 1);
        assertThat(one[1]).isGreaterThan(0);
        assertThat(one[0] + one[2]).isZero();
    }

    @Test
    void leaving_a_story_out_removes_its_vote() {
        NearestStories without = STORIES.leavingOut(List.of("a"));
        assertThat(without.ids()).containsExactly("b", "c", "d");
        assertThat(without.votes(words("盘的图标灰色"), 3)[0]).isZero();
        assertThat(STORIES.leavingOut(List.of("nobody"))).isSameAs(STORIES);
    }

    @Test
    void words_in_no_story_give_no_vote() {
        assertThat(STORIES.votes(words("zzz qqq"), 3)).containsOnly(0.0);
    }
}
