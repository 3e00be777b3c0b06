package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real browser (Debian's Chromium, headless): customers and helpdesk staff walk from the start
 * page to a diagnosis in both languages and try a solution step; the checks run with progress and consent.
 */
@Tag("slow")
class BrowserTest {
    /** Answers that lead the fixture to a cable fault; anything else is answered "unknown". */
    private static final Map<String, String> CABLE_FAULT = Map.of("other-sites-work", "no", "link-light", "off",
            "dns-resolves", "yes", "ping-latency", "40");

    private static WebApp app;
    private WebDriver driver;
    private HeadlessChromium browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        app = Assembly.start(WebFixture.kb(), WebFixture.settings(), WebFixture.dnsOutage());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.open("en-US");
        driver = browser.driver;
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Waits until the page that held this element has been replaced (after a form was sent). */
    private void gone(WebElement old) {
        waiting().until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException e) {
                // stale, or "does not belong to the document" while the next page loads
                return true;
            }
        });
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Answers questions from the plan until the result page shows; returns how many were asked. */
    private int answerUntilResult(Map<String, String> plan) {
        int asked = 0;
        while (!driver.findElements(By.cssSelector("form.answer-form")).isEmpty()) {
            assertThat(asked).as("questions asked").isLessThan(10);
            String question = driver.findElement(By.cssSelector("form.answer-form input[name=question]")).getAttribute("value");
            String answer = plan.getOrDefault(question, "unknown");
            List<WebElement> number = driver.findElements(By.id("answer-number"));
            WebElement old = driver.findElement(By.id("question-text"));
            if (!number.isEmpty() && !answer.equals("unknown")) {
                number.get(0).sendKeys(answer);
                driver.findElement(By.cssSelector(".number button[type=submit]")).click();
            } else {
                driver.findElement(By.cssSelector("button[name=answer][value='" + answer + "']")).click();
            }
            gone(old);
            asked++;
        }
        return asked;
    }

    private void start(String lang, String who) {
        driver.get(url("/?lang=" + lang));
        driver.findElement(By.id("start-" + who)).click();
        waiting().until(ExpectedConditions.urlContains("/s/"));
    }

    private void tryFirstStep(String outcome) {
        WebElement step = driver.findElement(By.cssSelector("#steps .step"));
        step.findElement(By.cssSelector("button[value=" + outcome + "]")).click();
        gone(step);
    }

    @Test
    void a_customer_in_english_reaches_a_diagnosis_and_a_step_fixes_it() throws IOException {
        start("en", "customer");
        assertThat(driver.findElement(By.id("question-text")).getText()).isNotBlank();
        assertThat(answerUntilResult(CABLE_FAULT)).isGreaterThan(0);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Likely causes");
        assertThat(driver.findElement(By.cssSelector(".diagnosis.first .diagnosis-title")).getText())
                .isEqualTo("Router, switch or cable fault");
        assertThat(driver.findElement(By.cssSelector(".diagnosis.first .pct")).getText()).matches("\\d+%");
        screenshot("screenshot-result.png");
        tryFirstStep("fixed");
        assertThat(driver.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("Solved.");
        assertThat(driver.findElement(By.cssSelector("#steps .step.fixed")).isDisplayed()).isTrue();
    }

    @Test
    void a_customer_in_chinese_goes_back_changes_an_answer_and_tries_a_step_that_does_not_help() {
        start("zh", "customer");
        assertThat(driver.findElement(By.cssSelector("button[value=unknown]")).getText()).isEqualTo("不清楚");
        String first = driver.findElement(By.cssSelector("form.answer-form input[name=question]")).getAttribute("value");
        WebElement old = driver.findElement(By.id("question-text"));
        driver.findElement(By.cssSelector("button[name=answer][value='unknown']")).click();
        gone(old);
        driver.findElement(By.id("back")).click();
        // the previous question has its own address: its place among the answers
        waiting().until(ExpectedConditions.urlContains("at=0"));
        assertThat(driver.findElement(By.cssSelector("form.answer-form input[name=question]")).getAttribute("value")).isEqualTo(first);
        assertThat(driver.findElement(By.cssSelector("button.current")).getAttribute("value")).isEqualTo("unknown");
        assertThat(driver.findElement(By.cssSelector(".eyebrow")).getText()).isEqualTo("您正在修改之前的回答");
        old = driver.findElement(By.id("question-text"));
        driver.findElement(By.cssSelector("button[name=answer][value='" + CABLE_FAULT.getOrDefault(first, "unknown") + "']")).click();
        gone(old);
        answerUntilResult(CABLE_FAULT);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("最可能的原因");
        tryFirstStep("failed");
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isEqualTo("已记录：这一步没有用，诊断已随之更新。");
        driver.get(driver.getCurrentUrl().replaceAll("[?#].*", "") + "/result");
        assertThat(driver.findElements(By.cssSelector("#steps .step.failed"))).isNotEmpty();
    }

    @Test
    void helpdesk_staff_in_english_change_an_answer_keep_notes_and_see_the_technical_detail() {
        start("en", "helpdesk");
        answerUntilResult(CABLE_FAULT);
        assertThat(driver.findElement(By.id("share-url")).getAttribute("value")).startsWith(url("/s/"));
        assertThat(driver.findElement(By.id("technical")).getText()).contains("Rules fired").contains("×");
        driver.findElement(By.id("notes-text")).sendKeys("Caller: Ms Li, <b>front desk</b>");
        WebElement save = driver.findElement(By.id("save-notes"));
        save.click();
        gone(save);
        assertThat(driver.findElement(By.id("notes-text")).getAttribute("value")).isEqualTo("Caller: Ms Li, <b>front desk</b>");
        assertThat(driver.findElement(By.cssSelector("#notes .saved")).getText()).isEqualTo("Saved.");
        tryFirstStep("failed");
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).startsWith("Noted: that step did not help");
        driver.get(driver.getCurrentUrl().replaceAll("[?#].*", "") + "/result");
        assertThat(driver.findElements(By.cssSelector("#steps .step.failed"))).isNotEmpty();
    }

    @Test
    void helpdesk_staff_in_chinese_reach_a_diagnosis_and_a_step_fixes_it() {
        start("zh", "helpdesk");
        answerUntilResult(CABLE_FAULT);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("最可能的原因");
        assertThat(driver.findElement(By.cssSelector(".diagnosis.first .diagnosis-title")).getText()).isEqualTo("路由器、交换机或网线故障");
        WebElement select = driver.findElement(By.cssSelector("#answers select"));
        assertThat(select.getAttribute("value")).isNotBlank();
        tryFirstStep("fixed");
        assertThat(driver.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("问题已解决。");
    }

    @Test
    void a_customer_in_chinese_types_what_happened_sees_what_was_read_and_removes_one_in_a_click() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844)); // a phone
        driver.get(url("/?lang=zh"));
        driver.findElement(By.id("start-description")).sendKeys("只有我这台电脑开不了票，别的网站都能打开，网口灯不亮。");
        driver.findElement(By.id("start-customer")).click();
        waiting().until(ExpectedConditions.urlContains("/s/"));
        WebElement read = driver.findElement(By.id("described"));
        assertThat(read.getText()).contains("从您的描述中读到").contains("能打开其他网站").contains("“别的网站都能打开”")
                .contains("网口指示灯").contains("“网口灯不亮”");
        screenshot("screenshot-described-phone.png");
        List<WebElement> facts = read.findElements(By.cssSelector("li.fact"));
        int before = facts.size();
        WebElement wrong = facts.get(0).findElement(By.cssSelector("button"));
        assertThat(wrong.getText()).isEqualTo("不对");
        wrong.click();
        gone(wrong);
        List<WebElement> left = driver.findElements(By.cssSelector("#described li.fact"));
        assertThat(left).hasSize(before - 1);
    }

    @Test
    void the_checks_show_progress_and_the_browser_check_needs_consent() {
        start("en", "customer");
        driver.findElement(By.id("run-checks")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("server-results")));
        assertThat(driver.findElement(By.id("server-results")).getText()).contains("dns").contains("Failed");
        assertThat(driver.findElement(By.id("facts")).getText()).contains("The host name resolves");
        WebElement run = driver.findElement(By.id("run-browser-checks"));
        assertThat(run.isEnabled()).isFalse();
        driver.findElement(By.id("browser-consent")).click();
        assertThat(run.isEnabled()).isTrue();
        run.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("browser-results")));
        assertThat(driver.findElement(By.id("browser-results")).getText()).contains("Reached the invoice server");
    }

    /**
     * Saves the page under target/screenshots/; with {@code -Dscreenshots.docs=true} also under docs/, to refresh the
     * README's pictures on purpose (a plain test run leaves the working tree as it was).
     */
    private void screenshot(String name) throws IOException {
        Path target = Path.of("target/screenshots", name);
        Dimension before = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(1800, height + 40)));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if (Boolean.getBoolean("screenshots.docs")) {
            Files.write(Path.of("docs", name), png);
        }
        driver.manage().window().setSize(before);
    }
}
