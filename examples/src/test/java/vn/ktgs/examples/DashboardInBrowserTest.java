package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.rest.TrustedHeaderCallerResolver;

/**
 * The web dashboard as a person uses it, in a real headless Chromium driven by Selenium WebDriver, on the demo as
 * the README starts it (the seed scenario in an H2 file, the page at the URL the demo prints). Chromium and its
 * driver are Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them); without them
 * the tests fail and say so. Screenshots of every page go to {@code target/screenshots/}.
 */
class DashboardInBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("ktgs.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("ktgs.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ]");

    static Demo.Running demo;
    static String page;
    static URI base;
    static String committee;
    static String plan65;
    static ChromeDriver driver;
    static Path profile;
    static Path data;

    @BeforeAll
    static void start() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("These tests need a real Chromium and its driver at %s and %s: install Debian's packages "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does it when they are missing) or "
                        + "name others with -Dktgs.chromium=… -Dktgs.chromedriver=…", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // its own H2 file, not the demo's in-memory database, which ExamplesTest expects to find empty
        data = Files.createTempDirectory("ktgs-dashboard-demo");
        demo = Demo.start(Demo.Options.parse("--data-dir", data.toString(), "--port", "0"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        page = out.lines().filter(l -> l.contains("/ui/#/committee/")).findFirst().orElseThrow()
                .replaceFirst("^.*?(http://\\S+).*$", "$1");
        base = demo.server().baseUri();
        committee = demo.ktgs().organisations().organisationByCode(Demo.COMMITTEE).orElseThrow().id().toString();
        plan65 = page.substring(page.indexOf("document=") + "document=".length());
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("ktgs-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (demo != null) {
            demo.close();
        }
        for (Path dir : new Path[] {profile, data}) {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @BeforeEach
    void inVietnameseAsTheCommitteeSecretary() {
        driver.get(base + "ui/");
        driver.executeScript("window.localStorage.clear()");
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        driver.manage().logs().get(LogType.BROWSER); // drop what came before
    }

    /**
     * Nothing the page does logs an error or a warning. The one warning left out is Chromium's advice on canvas
     * readbacks, which axe-core's colour-contrast check triggers (the page itself draws no canvas).
     */
    @AfterEach
    void noErrorsInTheBrowserConsole() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            boolean axeCanvas = e.getLevel() == java.util.logging.Level.WARNING
                    && e.getMessage().contains("Canvas2D: Multiple readback operations using getImageData");
            if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue() && !axeCanvas) {
                errors.add(e.getLevel() + " " + e.getMessage());
            }
        }
        assertThat(errors).as("the browser console").isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Opens {@code address} in a fresh document (not only a new # of the same one) and waits until the page says it
     * has drawn {@code ready}.
     */
    static void open(String address, String ready) {
        driver.get("about:blank");
        driver.get(address);
        waitReady(ready);
    }

    static void waitReady(String ready) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> ready.equals(
                d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    static String route(String route) {
        return base + "ui/#/" + route;
    }

    static List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    static JsonNode api(String path, String language) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A whole-page screenshot under target/screenshots. */
    static void screenshot(String name) throws IOException {
        Object shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true)).get("data");
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) Objects.requireNonNull(shot)));
    }

    /** axe-core run inside the page: the violations of impact serious or critical. */
    @SuppressWarnings("unchecked")
    static List<String> seriousAccessibilityViolations() throws IOException {
        String axe;
        try (InputStream in = DashboardInBrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(Objects.requireNonNull(in, "axe-core WebJar").readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.executeScript(axe);
        String found = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify("
                        + "r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')))))"
                        + ".catch(e => done(JSON.stringify(['axe failed: ' + e])));");
        List<String> out = new ArrayList<>();
        JSON.readTree(found).forEach(n -> out.add(n.asText()));
        return out;
    }

    static String plain(BigDecimal n, String language) {
        String s = n.stripTrailingZeros().toPlainString();
        return language.equals("vi") ? s.replace('.', ',') : s;
    }

    // ---------------------------------------------------------------- tests

    @Test
    void theAddressTheDemoPrintsIsThePageAndItListsTheSixCellsWithTheScoresTheApiGives() throws IOException {
        assertThat(page).isEqualTo(base + "ui/#/committee/" + committee + "/2025?document=" + plan65);
        JsonNode dashboard = api("scoring/dashboards/" + committee + "/2025?document=" + plan65, "vi");

        open(page, "committee");

        List<WebElement> rows = all("#cells tbody tr.cell-row");
        assertThat(rows).hasSize(6).hasSize(dashboard.get("cells").size());
        for (JsonNode card : dashboard.get("cells")) {
            WebElement row = driver.findElement(By.cssSelector("#cells tr[data-cell='"
                    + card.get("organisation").asText() + "']"));
            List<WebElement> cells = row.findElements(By.cssSelector("td, th"));
            assertThat(cells.get(0).getText()).isEqualTo(card.get("code").asText());
            assertThat(cells.get(1).getText()).isEqualTo(card.get("name").asText());
            assertThat(cells.get(2).getText()).isEqualTo(plain(card.get("total").decimalValue(), "vi") + "/"
                    + plain(card.get("max").decimalValue(), "vi"));
            assertThat(cells.get(3).getText()).isEqualTo(card.get("levelLabel").asText());
            List<String> limits = new ArrayList<>();
            card.get("gates").forEach(g -> limits.add("Điều kiện chặn: " + g.asText()));
            card.get("quota").forEach(g -> limits.add("Tỷ lệ khống chế: " + g.asText()));
            assertThat(cells.get(4).getText()).isEqualTo(limits.isEmpty() ? "—" : String.join("\n", limits));
            Organisation cell = demo.ktgs().organisations().organisation(new vn.ktgs.organisation.OrganisationId(
                    java.util.UUID.fromString(card.get("organisation").asText())));
            String bch = cell.assignedOn(java.time.LocalDate.of(2025, 12, 31)).stream()
                    .map(id -> demo.ktgs().organisations().member(id).fullName()).findFirst().orElseThrow();
            assertThat(cells.get(5).getText()).isEqualTo(bch);
        }
        assertThat(all("#targets tr.target")).hasSize(dashboard.get("targets").size());
        assertThat(text("#all-targets")).isEqualTo(dashboard.get("allTargetsMet").asBoolean()
                ? "Đảng bộ đạt mọi chỉ tiêu 100%." : "Đảng bộ chưa đạt mọi chỉ tiêu 100%.");
        screenshot("1-overview-vi");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theChartsDrawABarPerLevelAPerCellAndAPairPerCellWithAPreviousYear() throws IOException {
        JsonNode dashboard = api("scoring/dashboards/" + committee + "/2025?document=" + plan65, "vi");
        open(page, "committee");

        List<WebElement> levelBars = all("#chart-levels rect.bar");
        assertThat(levelBars).hasSize(4);
        int i = 0;
        for (String level : List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED")) {
            long count = dashboard.get("distribution").path(level).asLong(0);
            assertThat(levelBars.get(i++).findElement(By.tagName("title")).getAttribute("textContent"))
                    .endsWith(": " + count);
        }
        // plan carried out on time: every cell has a plan, so six bars, highest share first
        assertThat(all("#chart-indicator rect.bar")).hasSize(6);
        List<Double> widths = all("#chart-indicator rect.bar").stream()
                .map(r -> Double.parseDouble(r.getAttribute("width"))).toList();
        assertThat(widths).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // the shipped criteria set is in force from 2025: nothing to compare 2025 with
        assertThat(all("#chart-compare rect.bar")).isEmpty();
        assertThat(text("#no-previous")).isEqualTo("Không có kết quả năm trước để so sánh.");
        // another indicator, chosen by keyboard: members inspected or supervised
        WebElement pick = driver.findElement(By.id("indicator-pick"));
        new org.openqa.selenium.support.ui.Select(pick).selectByValue("members.coverage");
        assertThat(all("#chart-indicator rect.bar")).hasSize(6);

        // 2026 against 2025: a pair of bars for each of the six cells, which had a plan in 2025
        open(route("committee/" + committee + "/2026?document=" + plan65), "committee");
        assertThat(all("#chart-compare rect.bar.prev")).hasSize(6);
        assertThat(all("#chart-compare rect.bar.this")).hasSize(6);
        JsonNode previous = api("scoring/dashboards/" + committee + "/2025?document=" + plan65, "vi");
        List<String> titles = all("#chart-compare rect.bar.prev").stream()
                .map(r -> r.findElement(By.tagName("title")).getAttribute("textContent")).toList();
        for (JsonNode card : previous.get("cells")) {
            assertThat(titles).contains(card.get("code").asText() + " — Năm trước: "
                    + plain(card.get("total").decimalValue(), "vi"));
        }
        screenshot("1-overview-2026-vi");
    }

    @Test
    void theCellTableSortsAndFiltersByKeyboard() {
        open(page, "committee");
        // Tab from the top: the skip link comes first and takes the focus to the content
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("skip");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        WebElement byScore = driver.findElement(By.cssSelector("#cells th[data-key='score'] button"));
        byScore.sendKeys(Keys.ENTER);
        List<Double> ascending = scores();
        assertThat(ascending).hasSize(6).isSorted();
        assertThat(driver.findElement(By.cssSelector("#cells th[data-key='score']")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        driver.findElement(By.cssSelector("#cells th[data-key='score'] button")).sendKeys(Keys.SPACE);
        assertThat(scores()).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        WebElement filter = driver.findElement(By.id("cell-filter"));
        filter.sendKeys("kinh tế");
        assertThat(all("#cells tbody tr")).hasSize(1);
        assertThat(text("#cells tbody tr td")).isEqualTo("CB-KT");
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(all("#cells tbody tr")).hasSize(6);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("level-filter")))
                .selectByValue("NOT_COMPLETED");
        assertThat(all("#cells tbody tr")).isNotEmpty()
                .allMatch(r -> r.findElements(By.cssSelector("td")).get(2).getText().equals("Không hoàn thành nhiệm vụ"));

        // to a cell's scorecard with the keyboard only
        WebElement link = driver.findElement(By.cssSelector("#cells tbody tr td.links a"));
        link.sendKeys(Keys.ENTER);
        waitReady("scorecard");
        assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("h1");
    }

    private static List<Double> scores() {
        return all("#cells tbody tr td.score").stream()
                .map(td -> Double.parseDouble(td.getText().split("/")[0].replace(',', '.'))).toList();
    }

    @Test
    void theScorecardShowsEveryCriterionWithItsPointsExplanationValueRecordsAndSource() throws IOException {
        Organisation cell = demo.ktgs().organisations().organisationByCode("CB-TTPV").orElseThrow();
        JsonNode card = api("scoring/scorecards/" + cell.id() + "/2025?document=" + plan65, "vi");
        JsonNode sets = api("scoring/criteria-sets", "vi").get("items").get(0);
        Map<String, String> sources = new java.util.HashMap<>();
        sets.get("criteria").forEach(c -> sources.put(c.get("id").asText(), c.get("source").asText()));

        open(route("scorecard/" + cell.id() + "/2025?document=" + plan65), "scorecard");

        List<WebElement> rows = all("#criteria tbody tr.criterion");
        assertThat(rows).hasSize(card.get("criteria").size()).hasSizeGreaterThan(5);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode c = card.get("criteria").get(i);
            List<WebElement> cells = rows.get(i).findElements(By.cssSelector("th, td"));
            assertThat(cells.get(0).getText()).isEqualTo(c.get("label").asText());
            assertThat(cells.get(1).getText()).isEqualTo(c.get("points").isNull() ? c.get("stateLabel").asText()
                    : plain(c.get("points").decimalValue(), "vi") + "/" + plain(c.get("max").decimalValue(), "vi")
                    + (c.get("state").asText().equals("SCORED") ? "" : " (" + c.get("stateLabel").asText() + ")"));
            assertThat(cells.get(2).getText()).isEqualTo(c.get("explanation").asText());
            assertThat(cells.get(3).getText()).isEqualTo(c.get("value").get("applicable").asBoolean()
                    ? c.get("value").get("numerator").asLong() + "/" + c.get("value").get("denominator").asLong()
                    : "không áp dụng");
            assertThat(cells.get(4).findElements(By.tagName("a"))).hasSize(c.get("value").get("records").size());
            assertThat(cells.get(5).getText()).isEqualTo(sources.get(c.get("criterion").asText())).isNotBlank();
        }
        assertThat(text("#scorecard-set")).contains(card.get("criteriaSet").asText())
                .contains("phiên bản " + card.get("criteriaSetVersion").asInt());
        assertThat(text("#legal-references")).isNotBlank()
                .isEqualTo(String.join("; ", JSON.convertValue(sets.get("legalReferences"), String[].class)));
        assertThat(text("#limits")).contains(card.get("gates").get(0).asText());
        if (!card.get("renormalisation").isNull()) {
            assertThat(text("#renormalisation")).isEqualTo(card.get("renormalisation").asText());
        }
        screenshot("2-scorecard-vi");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        // a record counted leads to it on the cell's year
        WebElement record = rows.get(0).findElement(By.cssSelector("td.records a"));
        String id = record.getAttribute("href").replaceFirst("\\?.*$", "").replaceFirst("^.*/", "");
        record.sendKeys(Keys.ENTER);
        waitReady("cell");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("rec-" + id);
    }

    @Test
    void theCellsYearShowsThePlanOnATimelineTheRecordsTheMembersReachedAndTheReports() throws IOException {
        Organisation cell = demo.ktgs().organisations().organisationByCode("CB-TTPV").orElseThrow();
        var plan = demo.ktgs().plans().planFor(cell.id(), 2025).orElseThrow();

        open(route("cell/" + cell.id() + "/2025"), "cell");

        assertThat(all("#chart-timeline rect.window")).hasSize(plan.items().size());
        assertThat(all("#items tbody tr")).hasSize(plan.items().size());
        long late = all("#items tbody tr").stream().filter(r -> r.getAttribute("class").contains("late")).count();
        assertThat(all("#chart-timeline rect.window.late")).hasSize((int) late);
        assertThat(all("#chart-timeline text.late-mark")).hasSize((int) late).allMatch(t -> t.getText().equals("Trễ hạn"));
        int stages = demo.ktgs().activities().ofPlan(plan.id()).stream().mapToInt(a -> a.stages().size()).sum();
        assertThat(all("#chart-timeline circle.stage")).hasSize(stages);
        int roll = demo.ktgs().organisations().membersOn(cell.id(), java.time.LocalDate.of(2025, 12, 31)).size();
        assertThat(all("ul.members.reached li").size() + all("ul.members.not-reached li").size()).isEqualTo(roll);
        JsonNode reporting = api("organisations/" + cell.id() + "/reporting?year=2025", "vi");
        assertThat(all("#reports tbody tr")).hasSize(reporting.get("lines").size()).hasSize(5);
        screenshot("3-cell-year-vi");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        open(route("reports/" + committee + "/2025"), "reports");
        assertThat(all("#matrix tbody tr")).hasSize(6);
        assertThat(all("#matrix tbody td.t-late")).isNotEmpty();
        assertThat(all("#matrix tbody td.t-missing")).isNotEmpty();
        screenshot("3-report-matrix-vi");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void whatIsOverdueOnADayListsTheSameAsTheApiWithWhoIsResponsible() throws IOException {
        JsonNode api = api("organisations/" + committee + "/overdue?on=2025-10-15&size=500", "vi");

        open(route("overdue/" + committee + "?on=2025-10-15"), "overdue");

        assertThat(api.get("total").asInt()).isPositive();
        List<WebElement> rows = all("#overdue tbody tr");
        assertThat(rows).hasSize(api.get("total").asInt());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode x = api.get("items").get(i);
            List<WebElement> cells = rows.get(i).findElements(By.cssSelector("th, td"));
            assertThat(cells.get(0).getText()).isEqualTo(x.get("kindLabel").asText());
            assertThat(cells.get(4).getText()).isEqualTo(x.get("daysOverdue").asText());
            assertThat(cells.get(5).getText()).isEqualTo(x.path("responsibleName").asText("—"));
            JsonNode step = x.get("step");
            assertThat(cells.get(6).getText()).isEqualTo("Bước " + step.get("number").asInt() + "/"
                    + step.get("of").asInt() + ": " + step.get("label").asText());
        }
        assertThat(api.get("items").findValuesAsText("kind")).contains("MEMBER_NOT_REACHED");
        assertThat(all("#overdue tbody td.step.s-3")).isNotEmpty();
        screenshot("4-overdue-vi");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        // another day, by keyboard
        WebElement day = driver.findElement(By.id("overdue-day"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2025-04-15'", day);
        day.sendKeys(Keys.ENTER);
        waitReady("overdue");
        assertThat(driver.getCurrentUrl()).endsWith("?on=2025-04-15");
        assertThat(all("#overdue tbody tr")).hasSize(api("organisations/" + committee + "/overdue?on=2025-04-15",
                "vi").get("total").asInt());
    }

    @Test
    void theLanguageSwitchChangesEveryLabel() throws IOException {
        Organisation cell = demo.ktgs().organisations().organisationByCode("CB-TTPV").orElseThrow();
        for (String address : List.of(page, route("scorecard/" + cell.id() + "/2025?document=" + plan65),
                route("cell/" + cell.id() + "/2025"), route("overdue/" + committee + "?on=2025-10-15"))) {
            String ready = address.replaceFirst("^.*#/([a-z]+).*$", "$1");
            open(address, ready);
            List<String> vi = labels();
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

            driver.findElement(By.id("lang")).sendKeys(Keys.ENTER);
            waitReady(ready);
            List<String> en = labels();

            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(en).hasSameSizeAs(vi);
            for (int i = 0; i < vi.size(); i++) {
                assertThat(en.get(i)).as("label %d of %s", i, address).isNotEqualTo(vi.get(i));
                if (!en.get(i).equals("Tiếng Việt")) {
                    assertThat(en.get(i)).as("label %d of %s", i, address).doesNotContainPattern(VIETNAMESE);
                }
            }
            if (ready.equals("committee")) {
                assertThat(all("#cells tbody tr td:nth-of-type(3)").get(0).getText()).doesNotContainPattern(VIETNAMESE);
                screenshot("1-overview-en");
            }
            if (ready.equals("scorecard")) {
                assertThat(text("#criteria tbody tr td.explanation")).doesNotContainPattern(VIETNAMESE);
                screenshot("2-scorecard-en");
            }
            driver.findElement(By.id("lang")).click();
            waitReady(ready);
            assertThat(labels()).isEqualTo(vi);
        }
    }

    /** The texts of every element that carries a label of the page (not data). */
    private static List<String> labels() {
        return all("h2, thead th, label, figcaption, caption, nav a, #lang, dt, .skip, footer, button, summary, "
                + "h4, .note, p.ok, p.bad, #cell-count").stream()
                .map(e -> e.getAttribute("textContent").strip())
                .filter(s -> !s.isEmpty() && !s.matches("[#\\d\\s:/.,–-]+")).toList();
    }

    @Test
    void aCallerWithoutTheRightSeesNoConfidentialFinding() throws IOException {
        // the seed's inspection on signs of violation, its violations, and a plain member of its cell
        Activity unplanned = demo.ktgs().organisations().cellsUnder(new vn.ktgs.organisation.OrganisationId(
                java.util.UUID.fromString(committee))).stream()
                .flatMap(c -> demo.ktgs().activities().ofOrganisation(c.id()).stream()).filter(a -> !a.isPlanned())
                .filter(a -> a.conclusion() != null && !a.conclusion().violations().isEmpty()).findFirst()
                .orElseThrow();
        List<String> findings = unplanned.conclusion().violations().stream().map(ViolationFinding::description)
                .toList();
        Organisation cell = demo.ktgs().organisations().organisation(unplanned.organisation());
        java.time.LocalDate day = java.time.LocalDate.of(2025, 12, 31);
        Member plain = demo.ktgs().organisations().membersOn(cell.id(), day).stream()
                .filter(m -> m.roles().isEmpty() && !unplanned.targets().contains(vn.ktgs.plan.Target.member(m.id())))
                .findFirst().orElseThrow();
        String year = route("cell/" + cell.id() + "/2025");

        open(year, "cell");
        assertThat(text("main")).as("the committee's secretary reads it").contains(unplanned.subject())
                .contains(findings);

        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                Map.of(TrustedHeaderCallerResolver.MEMBER, plain.id().toString())));
        open(year, "cell");
        String seen = text("main");
        assertThat(seen).doesNotContain(unplanned.subject()).doesNotContain(findings)
                .doesNotContain(unplanned.id().toString());
        assertThat(driver.getPageSource()).doesNotContain(unplanned.subject()).doesNotContain(findings);
        assertThat(all("li.unplanned")).isEmpty();
        screenshot("5-cell-year-plain-member-vi");
        open(route("overdue/" + cell.id() + "?on=2025-12-31"), "overdue");
        assertThat(driver.getPageSource()).doesNotContain(unplanned.id().toString());
        for (Activity planned : demo.ktgs().activities().ofOrganisation(cell.id())) {
            if (planned.conclusion() != null) {
                for (ViolationFinding f : planned.conclusion().violations()) {
                    assertThat(driver.getPageSource()).doesNotContain(f.description());
                }
            }
        }
        assertThat(plain.roles().stream().noneMatch(r -> r.kind() == RoleKind.SECRETARY)).isTrue();
    }

    @Test
    void everyPageHasNoSeriousAccessibilityViolationInEnglishToo() throws IOException {
        Organisation cell = demo.ktgs().organisations().organisationByCode("CB-KT").orElseThrow();
        open(page, "committee");
        driver.findElement(By.id("lang")).click();
        waitReady("committee");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        open(route("cell/" + cell.id() + "/2025"), "cell");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("3-cell-year-en");
        open(route("reports/" + committee + "/2025"), "reports");
        screenshot("3-report-matrix-en");
        open(route("overdue/" + committee + "?on=2025-10-15"), "overdue");
        screenshot("4-overdue-en");
        open(base + "ui/#/", "home");
        assertThat(all("#pick-committee option")).isNotEmpty();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("0-home-en");
    }
}
