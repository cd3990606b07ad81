package org.warmintro.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The local run's sign-in: the demo members whose tokens the launcher wrote, each with its token, for the sign-in
 * page to offer. Only where {@code web.demo-tokens} is configured; the operator's token is never offered.
 */
@Path("/demo-members.json")
public class DemoMembersResource {

    public record DemoMember(String member, String token) {
    }

    private static final String TOKEN_SUFFIX = ".jwt";
    private static final String OPERATOR = "operator" + TOKEN_SUFFIX;

    private final WebConfig config;

    DemoMembersResource(WebConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DemoMember> members() {
        java.nio.file.Path dir = config.demoTokens().orElseThrow(NotFoundException::new);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(TOKEN_SUFFIX))
                    .filter(file -> !file.getFileName().toString().equals(OPERATOR))
                    .sorted()
                    .map(DemoMembersResource::member)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the demo tokens in " + dir, e);
        }
    }

    private static DemoMember member(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        try {
            return new DemoMember(name.substring(0, name.length() - TOKEN_SUFFIX.length()),
                    Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
