package vn.ktgs.examples;

import jakarta.validation.Validation;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ktgs.Ktgs;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.rest.KtgsRestApplication;
import vn.ktgs.rest.KtgsRestServer;

/**
 * A measurement, not a test (never run by the suite): the committee overview of a large committee (a dataset
 * made by {@code cli/tools/scale-dataset.py}, for example 50 copies of the seed's six cells: 300 cells) served by
 * the REST adapter over the in-memory ports and drawn by the page in headless Chromium. Prints, over {@code runs}
 * rounds after two warm-up rounds: the time of each request the overview makes, on loopback (the server's time
 * plus the loopback), and the page's own figure from the start of its route to the overview drawn (every request
 * and the drawing), read from {@code body[data-draw-ms]}.
 *
 * <p>Arguments: the dataset file, the number of rounds (default 10).
 */
public final class DashboardTiming {

    private DashboardTiming() {
    }

    public static void main(String[] args) throws Exception {
        Dataset dataset;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            dataset = DatasetReader.read(in);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        Clock clock = Clock.fixed(dataset.asOf().atTime(9, 0).atZone(hanoi).toInstant(), hanoi);
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        Ktgs replayed = new DatasetImporter(validator).replay(dataset);
        Ktgs ktgs = Ktgs.builder(replayed.ports(), validator, clock).build();
        Organisation committee = ktgs.organisations().organisationByCode(dataset.committee()).orElseThrow();
        String plan65 = ktgs.ports().documents().all().stream().filter(d -> d.number().format().equals("65-KH/ĐU"))
                .findFirst().orElseThrow().id().toString();
        int cells = ktgs.organisations().cellsUnder(committee.id()).size();
        var secretary = ktgs.organisations().secretaryOn(committee.id(), LocalDate.now(clock)).orElseThrow();
        try (KtgsRestServer server = KtgsRestServer.start(KtgsRestApplication.builder(ktgs,
                new DemoCallerResolver(secretary.id())).build(), "127.0.0.1", 0, 4)) {
            URI base = server.baseUri();
            String dashboard = "scoring/dashboards/" + committee.id() + "/2025?document=" + plan65;
            List<String> requests = List.of("scoring/criteria-sets?size=500&page=0", dashboard,
                    "organisations/" + committee.id() + "/children?size=500&page=0");
            HttpClient http = HttpClient.newHttpClient();
            System.out.printf("committee %s: %d cells%n", committee.code(), cells);
            for (String path : requests) {
                long[] ms = new long[runs];
                for (int i = -2; i < runs; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long t = (System.nanoTime() - t0) / 1_000_000;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + r.statusCode());
                    }
                    if (i >= 0) {
                        ms[i] = t;
                    }
                    if (i == runs - 1) {
                        System.out.printf("GET %s: %d bytes; %s%n", path.replaceAll("[0-9a-f-]{36}", "{id}"),
                                r.body().length, summary(ms));
                    }
                }
            }
            Path profile = Files.createTempDirectory("ktgs-timing");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(DashboardInBrowserTest.CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(DashboardInBrowserTest.CHROMEDRIVER.toFile()).build(), options);
            try {
                long[] draw = new long[runs];
                long[] wall = new long[runs];
                for (int i = -2; i < runs; i++) {
                    driver.get("about:blank");
                    long t0 = System.nanoTime();
                    driver.get(base + "ui/#/committee/" + committee.id() + "/2025?document=" + plan65);
                    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "committee".equals(
                            d.findElement(By.tagName("body")).getAttribute("data-ready")));
                    long w = (System.nanoTime() - t0) / 1_000_000;
                    int rows = driver.findElements(By.cssSelector("#cells tbody tr")).size();
                    if (rows != cells) {
                        throw new IllegalStateException("the page shows " + rows + " cells of " + cells);
                    }
                    if (i >= 0) {
                        draw[i] = Long.parseLong(driver.findElement(By.tagName("body")).getAttribute("data-draw-ms"));
                        wall[i] = w;
                    }
                }
                System.out.printf("page, route start to overview drawn (data-draw-ms): %s%n", summary(draw));
                System.out.printf("page, WebDriver get to drawn (page load included): %s%n", summary(wall));
                Object bars = driver.executeScript("return document.querySelectorAll('#chart-indicator rect.bar')"
                        + ".length");
                System.out.printf("indicator chart bars: %s; %s%n", bars, Map.of("rows", cells));
            } finally {
                driver.quit();
            }
        }
    }

    private static String summary(long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        List<String> all = new ArrayList<>();
        for (long x : ms) {
            all.add(String.valueOf(x));
        }
        return String.format("median %d ms, max %d ms (runs: %s)", s[s.length / 2], s[s.length - 1],
                String.join(", ", all));
    }
}
