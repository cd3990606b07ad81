package org.warmintro.e2e;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything a member can read through the services' REST APIs: every {@code GET} operation that each service's
 * OpenAPI document declares, called with the member's token and every id the caller knows in each path and id-like
 * query parameter. New endpoints are read as soon as they are documented, without this class changing.
 */
final class MemberReach {

    /** One answer of one call, kept with the call so that a finding names where it was made. */
    record Reading(String url, int status, String body) {
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Api api;

    MemberReach(Api api) {
        this.api = api;
    }

    /**
     * @param baseUrls the services, each serving its OpenAPI document at {@code /q/openapi}
     * @param ids      ids of anything the member may name: contacts, intros, notifications
     */
    List<Reading> readEverything(List<String> baseUrls, List<String> ids) {
        List<Reading> readings = new ArrayList<>();
        for (String baseUrl : baseUrls) {
            JsonNode paths = api.get(baseUrl + "/q/openapi?format=json").json().path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                JsonNode get = path.getValue().path("get");
                // the pages opened from emails take the link's own token in their path: no member id opens them
                if (get.isMissingNode() || path.getKey().contains("{token}")) {
                    continue;
                }
                for (String url : urls(baseUrl + path.getKey(), ids)) {
                    readings.add(read(url));
                    for (String query : idQueryParameters(get)) {
                        for (String id : ids) {
                            readings.add(read(url + "?" + query + "=" + id));
                        }
                    }
                }
            }
        }
        return readings;
    }

    private Reading read(String url) {
        Api.Answer answer = api.get(url);
        return new Reading(url, answer.status(), answer.body());
    }

    /** The template with every combination of the known ids in its path parameters. */
    private static List<String> urls(String template, List<String> ids) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        if (!parameter.find()) {
            return List.of(template);
        }
        List<String> urls = new ArrayList<>();
        for (String id : ids) {
            urls.addAll(urls(template.substring(0, parameter.start()) + id + template.substring(parameter.end()),
                    ids));
        }
        return urls;
    }

    private static List<String> idQueryParameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if ("query".equals(parameter.path("in").asText()) && name.endsWith("Id")) {
                names.add(name);
            }
        }
        return names;
    }
}
