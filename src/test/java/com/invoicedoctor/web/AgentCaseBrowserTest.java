package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.staff.Passwords;
import com.invoicedoctor.staff.Role;
import com.invoicedoctor.staff.StaffAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent's side of a phone call, in a real browser (Debian's Chromium, headless) and in Chinese: a clerk pastes
 * the error message, answers, tries two steps (one does not help, one fixes it) and asks for an agent; the agent opens
 * the case by its code, reads the pasted words and the steps with what was tried and when, and closes it with the
 * step the clerk reported, which the form proposes.
 */
@Tag("slow")
class AgentCaseBrowserTest {
    private static final String PASSWORD = "agent test password";
    /** What the clerk pasted, with markup that must show as text. */
    private static final String PASTED = "服务器异常：网络连接失败，请检查网络 <b>错误码 0x2</b>";
    /** Answers that lead the web fixture to a cable fault; anything else is answered "unknown". */
    private static final Map<String, String> CABLE_FAULT = Map.of("other-sites-work", "no", "link-light", "off",
            "dns-resolves", "yes", "ping-latency", "40");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String dbUrl;
    private static WebApp app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private WebDriver driver;
    private HeadlessChromium browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        dbUrl = "jdbc:h2:mem:agent-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        app = Assembly.start(WebFixture.kb(), new Settings(0, dbUrl, WebFixture.endpoints()), null);
        try (Database db = Database.open(dbUrl)) {
            new StaffAccounts(db, new Passwords(4)).create("lin", "Lin Agent", Role.agent, PASSWORD);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.open("zh-CN");
        driver = browser.driver;
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_agent_opens_the_case_by_its_code_reads_what_was_pasted_and_tried_and_closes_it_with_the_reported_step()
            throws Exception {
        // the clerk: pastes the message on the start page, then answers and reports steps (through the API)
        driver.get(url("/?lang=zh"));
        driver.findElement(By.id("start-description")).sendKeys(PASTED);
        driver.findElement(By.id("start-customer")).click();
        waiting().until(ExpectedConditions.urlContains("/s/"));
        String id = URI.create(driver.getCurrentUrl()).getPath().replaceFirst("^/s/", "").replaceFirst("/.*", "");
        JsonNode session = answerUntilDone(id);
        List<JsonNode> steps = list(session.get("steps"));
        assertThat(steps).as("steps offered").hasSizeGreaterThanOrEqualTo(2);
        String failedStep = steps.get(0).get("id").asText();
        String fixedStep = steps.get(1).get("id").asText();
        String fixedCause = steps.get(1).get("cause").asText();
        post("/api/sessions/" + id + "/repairs", "{\"step\":\"" + failedStep + "\",\"outcome\":\"failed\"}");
        post("/api/sessions/" + id + "/repairs", "{\"step\":\"" + fixedStep + "\",\"outcome\":\"fixed\"}");
        String code = post("/api/sessions/" + id + "/handoff", "{}").get("code").asText();

        // the agent: signs in and opens the case by the code the clerk reads out
        driver.get(url("/staff/login?lang=zh"));
        driver.findElement(By.id("username")).sendKeys("lin");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action$='/staff/login'] button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        driver.findElement(By.id("code")).sendKeys(code.toLowerCase());
        driver.findElement(By.cssSelector("form.code-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/staff/cases/" + id));

        // what was pasted, as text (the markup is not interpreted)
        WebElement pasted = driver.findElement(By.cssSelector("#pasted .pasted-text"));
        assertThat(pasted.getText()).isEqualTo(PASTED);
        assertThat(pasted.findElements(By.tagName("b"))).isEmpty();

        // the steps in order, with what was tried and when
        List<WebElement> lines = driver.findElements(By.cssSelector("#steps li[data-step]"));
        assertThat(lines.get(0).getAttribute("data-step")).isEqualTo(failedStep);
        assertThat(lines.get(0).getAttribute("class")).contains("failed");
        assertThat(lines.get(0).getText()).contains("没有用").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        WebElement fixed = driver.findElement(By.cssSelector("#steps li[data-step='" + fixedStep + "']"));
        assertThat(fixed.getText()).contains("解决了问题");
        assertThat(driver.findElement(By.tagName("footer")).getText()).contains("Asia/Shanghai");

        // reasons for and against, and the likelihood ratios one click away
        assertThat(driver.findElement(By.cssSelector(".reasons")).getText()).containsAnyOf("支持", "反对");
        WebElement ratios = driver.findElement(By.cssSelector("details.ratios"));
        assertThat(ratios.findElement(By.cssSelector(".ratio")).isDisplayed()).isFalse();
        ratios.findElement(By.tagName("summary")).click();
        assertThat(ratios.findElement(By.cssSelector(".ratio")).getText()).startsWith("×");

        // the closing form proposes the step the clerk reported and its cause
        WebElement radio = driver.findElement(By.cssSelector("#close input[name=step][value='" + fixedStep + "']"));
        assertThat(radio.isSelected()).isTrue();
        assertThat(new Select(driver.findElement(By.id("cause"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(fixedCause);
        assertThat(driver.findElements(By.cssSelector("#all-steps option"))).hasSizeGreaterThan(steps.size());
        ratios.findElement(By.tagName("summary")).click();
        screenshots("agent-case-zh");

        WebElement submit = driver.findElement(By.cssSelector("#close button[type=submit]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        submit.click();
        waiting().until(ExpectedConditions.urlContains("done=confirmed"));
        assertThat(driver.findElement(By.cssSelector("#close .flash")).getText()).contains(fixedStep);
        JsonNode closed = JSON.readTree(staffGet("/api/staff/cases/" + id));
        assertThat(closed.at("/record/fixedStep").asText()).isEqualTo(fixedStep);
        assertThat(closed.at("/record/confirmedCause").asText()).isEqualTo(fixedCause);
        assertThat(closed.at("/record/status").asText()).isEqualTo("resolved");
    }

    /** Answers the session's questions from the plan until the interview stops; returns the session as the API shows it. */
    private JsonNode answerUntilDone(String id) throws Exception {
        JsonNode s = get("/api/sessions/" + id + "?lang=zh");
        for (int asked = 0; s.hasNonNull("question") && asked < 10; asked++) {
            String question = s.at("/question/id").asText();
            String answer = CABLE_FAULT.getOrDefault(question, "unknown");
            s = post("/api/sessions/" + id + "/answers", "{\"question\":\"" + question + "\",\"answer\":\"" + answer + "\"}");
        }
        return s;
    }

    /** A staff API read with the browser's sign-in cookie. */
    private String staffGet(String path) throws Exception {
        String cookie = driver.manage().getCookieNamed("staff").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", "staff=" + cookie).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Saves the whole page at desktop (1280) and phone (390) width under target/screenshots/. */
    private void screenshots(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(4000, height + 40)));
            Path target = Path.of("target/screenshots", name + (width == 1280 ? "-desktop" : "-phone") + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(before);
    }
}
