package org.warmintro.local;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.warmintro.local.demo.Annie;
import org.warmintro.local.demo.DemoLoader;
import org.warmintro.local.demo.DemoNetwork;

/** {@code --demo}: loads the story for the member "connector" once, then prints the steps to play it. */
final class DemoWalkthrough {

    private static final String MEMBER = "connector";

    private DemoWalkthrough() {
    }

    /** The web app, signed in as the demo connector, on their suggestions of the day. */
    static String suggestionsUrl() {
        return LocalPlatform.webUrl() + "/#/signin?as=" + MEMBER + "&next=/suggestions";
    }

    /** @param launcher how the person calls the launcher for this run: with its --data-dir, unless the default */
    static String prepare(LocalPlatform platform, Path dataDir, String launcher) {
        String contacts = "http://localhost:" + LocalPorts.CONTACTS;
        String referral = "http://localhost:" + LocalPorts.REFERRAL;
        DemoLoader loader = new DemoLoader(contacts, referral, platform.demoTokens().get(MEMBER));
        String annie;
        if (loader.networkIsEmpty()) {
            System.out.println("  loading the demo network (" + DemoNetwork.SIZE + " people) and Annie...");
            DemoNetwork network = DemoNetwork.story();
            loader.importNetwork(network);
            loader.describeNetwork(network);
            annie = loader.addAnnie();
        } else {
            annie = loader.findContact(Annie.FULL_NAME)
                    .orElseThrow(() -> new IllegalStateException("The demo member's network has no " + Annie.FULL_NAME
                            + "; start with --reset to load the demo again"));
        }
        JsonNode best = loader.awaitMatches(annie, 5).path("matches").get(0);
        String target = best.path("targetId").asText();
        String targetEmail = loader.contact(target).path("email").asText();
        String token = dataDir.resolve("tokens").resolve(MEMBER + ".jwt").toString();
        return String.format("""

                Demo: the connector's network and Annie are loaded for the member "%1$s".

                In the browser, the connector's suggestions of the day: %13$s

                Or through the APIs, as the web app calls them:

                  export TOKEN=$(cat %2$s)

                1. Annie's best introductions, with the reasons (best: %3$s, %4$s at %5$s):
                   curl -s '%6$s/api/v1/seekers/%7$s/matches?limit=5' -H "Authorization: Bearer $TOKEN"
                2. Propose the introduction to the best match:
                   curl -s -X POST %6$s/api/v1/intros -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                     -d '{"seekerId": "%7$s", "targetId": "%8$s", "roleTitle": "%4$s"}'
                3. %3$s's opt-in email (decoded; the raw one is at %9$s/api/user/%10$s/messages/INBOX);
                   its link opens a page with Accept and Decline:
                   %12$s --mail %10$s
                4. Accept, as the page's button does:
                   curl -s -X POST <the link>/accept
                5. The double-intro email to Annie and %3$s, you in copy:
                   %12$s --mail %11$s
                """, MEMBER, token, best.path("targetName").asText(), best.path("roleTitle").asText(),
                best.path("company").asText(), referral, annie, target, "http://localhost:" + LocalPorts.MAIL_API,
                targetEmail, Annie.EMAIL, launcher, suggestionsUrl());
    }
}
