package org.warmintro.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every error of the HTTP layer answers {@code application/problem+json} as the services' own errors do, and a request
 * to {@code /api} without a member's token is answered 401 before anything else about it is judged: its path, its
 * content type, its size. A service's {@code @QuarkusTest} subclass names its endpoints.
 */
public abstract class RequestProblemChecks {

    private static final String PROBLEM = "application/problem+json";
    private static final String MEMBER = "member-request-problem-check";

    /** A path any member may {@code GET}, such as the list of their own things. */
    protected abstract String memberEndpoint();

    /** An {@code /api} path that takes a request body, by {@code POST}. */
    protected abstract String bodyEndpoint();

    @Test
    public void withoutATokenABodyOfAnUnsupportedTypeAnswers401ProblemFirst() {
        given().contentType("application/vnd.ms-excel").body(new byte[] { 1, 2, 3 }).post(bodyEndpoint())
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("type", equalTo("https://warmintro.org/problems/unauthenticated"))
                .body("instance", equalTo(bodyEndpoint()));
    }

    @Test
    public void withAnInvalidTokenABodyOfAnUnsupportedTypeAnswers401ProblemFirst() {
        given().header("Authorization", "Bearer not-a-token").contentType("application/vnd.ms-excel")
                .body(new byte[] { 1, 2, 3 }).post(bodyEndpoint())
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("https://warmintro.org/problems/unauthenticated"));
    }

    @Test
    public void withoutATokenAPathThatDoesNotExistAnswers401Problem() {
        given().get("/api/v1/no-such-thing").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    public void withoutATokenABodyOverTheLimitAnswers401Problem() throws IOException, InterruptedException {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(new byte[maxBodySize() + 1]),
                null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    }

    @Test
    public void aBodyOverTheLimitAnswers413Problem() throws IOException, InterruptedException {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(new byte[maxBodySize() + 1]),
                TestTokens.bearer(MEMBER));

        assertTooLarge(response);
    }

    @Test
    public void aChunkedBodyOverTheLimitAnswers413Problem() throws IOException, InterruptedException {
        byte[] body = new byte[maxBodySize() + 1];
        // a body of unknown length goes in chunks, without Content-Length
        HttpResponse<String> response = post(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                TestTokens.bearer(MEMBER));

        assertTooLarge(response);
    }

    @Test
    public void theOpenApiDocumentNeedsNoToken() {
        given().get("/q/openapi").then().statusCode(200);
    }

    private void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        JsonPath problem = JsonPath.from(response.body());
        assertThat(problem.getString("type")).isEqualTo("https://warmintro.org/problems/body-too-large");
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("instance")).isEqualTo(bodyEndpoint());
    }

    /** Bodies this large go by a client that reads the answer while it sends, as a browser does. */
    private HttpResponse<String> post(HttpRequest.BodyPublisher body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + bodyEndpoint()))
                .header("Content-Type", "application/json")
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int maxBodySize() {
        return (int) ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
    }
}
