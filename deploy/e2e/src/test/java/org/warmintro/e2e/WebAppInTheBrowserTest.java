package org.warmintro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warmintro.local.LocalPorts;
import org.warmintro.local.MemberTokens;
import org.warmintro.local.demo.DemoLoader;
import org.warmintro.local.demo.DemoNetwork;

/**
 * The web app in Debian's headless Chromium, against the platform as the local run starts it (once for all these
 * tests): the pages call the services' public APIs from the browser, as a member's browser does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppInTheBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String WEB = "http://localhost:" + LocalPorts.WEB;
    private static final String CONTACTS = "http://localhost:" + LocalPorts.CONTACTS;
    private static final String REFERRAL = "http://localhost:" + LocalPorts.REFERRAL;
    private static final String NOTIFICATION = "http://localhost:" + LocalPorts.NOTIFICATION;
    /** Annie's line of the connector's LinkedIn export, after the story's 320 people. */
    private static final String ANNIE_LINE = "Annie,Wang,https://www.linkedin.com/in/annie-wang,annie.wang@example.org,"
            + "VUB,PhD Researcher,12 Mar 2021\n";

    @TempDir
    static Path dataDir;
    private static LocalRunProcess localRun;
    private static Browser browser;
    private static Api api;
    private static String annieCard;

    private final Mailboxes mail = new Mailboxes();

    @BeforeAll
    static void startThePlatformAndABrowser() throws Exception {
        Browser.assumeInstalled();
        localRun = LocalRunProcess.start(dataDir);
        localRun.awaitReady(Duration.ofMinutes(4));
        api = new Api(MemberTokens.in(dataDir.resolve("jwt")).tokenFor("connector"));
        browser = Browser.start("en-US");
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (localRun != null) {
            localRun.close();
        }
    }

    @Test
    @Order(1)
    void aConnectorIntroducesAnnieFromTheBrowserWithHerTargetsYesAndRecordsTheHire() throws Exception {
        // sign in as the demo connector
        browser.open(WEB + "/#/signin");
        browser.waitFor(By.xpath("//button[normalize-space()='Sign in as connector']"));
        browser.checkScreen("sign-in");
        browser.waitFor(By.xpath("//button[normalize-space()='Sign in as connector']")).click();

        // import the network by dropping LinkedIn's Connections.csv on the page
        Path connections = dataDir.resolve("Connections.csv");
        DemoNetwork network = DemoNetwork.story();
        Files.writeString(connections, network.linkedInExport() + ANNIE_LINE);
        browser.dropFile(browser.waitFor(By.id("drop-zone")), connections);
        browser.waitForText(By.id("import-report"), (DemoNetwork.SIZE + 1) + " new");
        assertThat(browser.driver().findElements(By.cssSelector("#import-report ul.errors"))).isEmpty();
        browser.checkScreen("network");

        // what the connector knows of each person beyond the file (field, skills, city, open roles), told before
        new DemoLoader(CONTACTS, REFERRAL, MemberTokens.in(dataDir.resolve("jwt")).tokenFor("connector"))
                .describeNetwork(network);

        // find Annie as one types, and write her card and her seeking profile
        browser.fill(By.id("search"), "annie wa");
        browser.waitFor(By.linkText("Annie Wang")).click();
        browser.fill(By.id("field"), "media and communication");
        browser.fill(By.id("skills"), "content strategy, copywriting, video editing, social media, research");
        browser.fill(By.id("location"), "Brussels, Belgium");
        browser.waitFor(By.cssSelector("#card-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector("main"), "Saved.");
        browser.fill(By.id("selfIntroduction"), "I studied media at Renmin University and am finishing a PhD at VUB "
                + "in Brussels. I am looking for my first role in Belgium, in communication or content strategy.");
        browser.fill(By.id("offers"), "She reformatted my articles into a template I reuse, without being asked.");
        browser.fill(By.id("targetRoles"), "Communication Specialist, Content Strategist");
        browser.fill(By.id("seekingSkills"), "content strategy, copywriting, video editing, social media");
        browser.fill(By.id("locations"), "Brussels, Belgium");
        browser.waitFor(By.cssSelector("#seeking-form button[type=submit]")).click();
        WebElement matchesLink = browser.waitFor(By.id("matches-link"));
        annieCard = browser.driver().getCurrentUrl().replaceAll(".*#/contacts/", "");
        browser.checkScreen("contact-card");

        // her matches, best first, each signal as a meter and the reasons in words
        matchesLink.click();
        awaitOnReload(By.cssSelector("li.match"));
        List<WebElement> matches = browser.driver().findElements(By.cssSelector("li.match"));
        assertThat(matches).hasSizeGreaterThanOrEqualTo(3);
        WebElement best = matches.get(0);
        assertThat(best.findElements(By.cssSelector(".reasons li"))).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.getText()).isNotBlank());
        assertThat(best.findElements(By.tagName("meter"))).hasSizeGreaterThanOrEqualTo(5);
        String target = best.findElement(By.cssSelector("h3 a")).getAttribute("href").replaceAll(".*#/contacts/", "");
        String targetEmail = api.get(CONTACTS + "/api/v1/contacts/" + target).json().path("email").asText();
        browser.checkScreen("matches");
        browser.resize(360, 800);
        assertThat(browser.fitsTheWidth()).as("the matches at 360 px wide need no horizontal scrolling").isTrue();
        browser.screenshot("matches-360px");
        browser.resize(1280, 1000);

        // propose the introduction: what the target will read, a personal message, send
        browser.waitFor(By.cssSelector("li.match a.button")).click();
        browser.waitForText(By.id("blurb"), "finishing a PhD at VUB");
        browser.fill(By.id("message"), "Annie's work on my articles impressed me; I think you two should talk.");
        browser.checkScreen("propose");
        browser.waitFor(By.cssSelector("#propose-form button[type=submit]")).click();
        browser.waitFor(By.id("proposed"));

        // the target says yes from the opt-in email's link
        MimeMessage optIn = Awaitility.await().atMost(PATIENCE).until(() -> mail.inbox(targetEmail),
                inbox -> !inbox.isEmpty()).get(0);
        String connectorsTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.WINDOW);
        browser.open(Mailboxes.optInLink(optIn));
        browser.waitFor(By.cssSelector("form[action$='/accept'] button")).click();
        browser.screenshot("opt-in-accepted");
        browser.driver().close();
        browser.driver().switchTo().window(connectorsTab);

        // the intro becomes INTRODUCED, and the connector records the hire
        String intro = api.get(REFERRAL + "/api/v1/intros?seekerId=" + annieCard).json().path("items").get(0)
                .path("id").asText();
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get(REFERRAL + "/api/v1/intros/"
                + intro).json().path("state").asText()).as("the intro; its emails: %s", api.get(NOTIFICATION
                        + "/api/v1/notifications?introId=" + intro).body()).isEqualTo("INTRODUCED"));
        browser.open(WEB + "/#/intros");
        try {
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> {
                        browser.waitFor(By.id("refresh")).click();
                        return !browser.driver().findElements(By.cssSelector("li.intro[data-state=INTRODUCED]"))
                                .isEmpty();
                    });
        } finally {
            browser.screenshot("introductions-introduced");
        }
        WebElement introduced = browser.waitFor(By.cssSelector("li.intro[data-state=INTRODUCED]"));
        new Select(introduced.findElement(By.tagName("select"))).selectByValue("HIRED");
        introduced.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.cssSelector("li.intro[data-state=INTRODUCED] .outcome"), "Hired");
        browser.checkScreen("introductions");

        browser.open(WEB + "/#/suggestions");
        awaitOnReload(By.cssSelector("li.match"));
        browser.checkScreen("suggestions");
    }

    @Test
    @Order(2)
    void anEditThatConflictsWithAnotherTabsIsShownAndKeptNotLost() {
        browser.open(WEB + "/#/contacts/" + annieCard);
        browser.waitFor(By.id("headline"));
        assertThat(api.patch(CONTACTS + "/api/v1/contacts/" + annieCard, "{\"headline\": \"From the other tab\"}")
                .status()).isEqualTo(200);
        browser.fill(By.id("headline"), "Media researcher and writer");
        browser.waitFor(By.cssSelector("#card-form button[type=submit]")).click();

        assertThat(browser.waitFor(By.id("conflict")).getText()).contains("From the other tab");
        assertThat(browser.waitFor(By.id("headline")).getAttribute("value")).isEqualTo("Media researcher and writer");
        browser.checkScreen("contact-card-conflict");
        browser.waitFor(By.cssSelector("#conflict button")).click();
        browser.waitFor(By.cssSelector("#card-form button[type=submit]")).click();
        browser.waitForText(By.cssSelector("main"), "Saved.");
        assertThat(api.get(CONTACTS + "/api/v1/contacts/" + annieCard).json().path("headline").asText())
                .isEqualTo("Media researcher and writer");
    }

    @Test
    @Order(3)
    void aBrokenLineOfAnImportIsReportedWithItsNumberAndReason() throws Exception {
        Path broken = dataDir.resolve("broken.csv");
        Files.writeString(broken, """
                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Noor,Claes,https://www.linkedin.com/in/noor-claes,noor.claes@example.org,Belfius,Designer,02 Feb 2022
                ,,https://www.linkedin.com/in/nobody,not-an-email,Nowhere,,03 Mar 2023
                """);
        browser.open(WEB + "/#/network");
        browser.dropFile(browser.waitFor(By.id("drop-zone")), broken);
        browser.waitForText(By.cssSelector("#import-report ul.errors"), "Line 3:");
        assertThat(browser.waitFor(By.id("import-report")).getText()).contains("1 new");
        browser.checkScreen("network-import-report");
    }

    @Test
    @Order(4)
    void aSessionTheServicesNoLongerAcceptSendsTheMemberBackToSignInSayingWhy() {
        browser.open(WEB + "/#/network");
        browser.waitFor(By.id("search"));
        browser.driver().executeScript("sessionStorage.setItem('warmintro.token', arguments[0]);",
                "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjF9.expired");
        browser.open(WEB + "/#/intros");
        assertThat(browser.waitFor(By.id("expired")).getText()).contains("session has expired");
        browser.checkScreen("sign-in-expired");
    }

    @Test
    @Order(5)
    void aMemberReadsTheAppInFrenchByChoosingIt() {
        browser.open(WEB + "/#/signin?as=connector&next=/network");
        new Select(browser.waitFor(By.id("language"))).selectByValue("fr");
        browser.waitForText(By.cssSelector("main h1"), "Réseau");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.waitFor(By.id("nav")).getText()).contains("Suggestions du jour").contains("Présentations");
        browser.checkScreen("network-fr");
    }

    /** Reloads the page until {@code what} shows: what the services compute after a change takes a moment. */
    private static void awaitOnReload(By what) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            browser.driver().navigate().refresh();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(driver -> !driver.findElements(By.cssSelector("main h1")).isEmpty());
            Thread.sleep(300);
            return !browser.driver().findElements(what).isEmpty();
        });
    }
}
