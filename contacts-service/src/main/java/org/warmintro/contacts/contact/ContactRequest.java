package org.warmintro.contacts.contact;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.contacts.text.NoControlCharacters;

/** A contact card as a member writes it (create, replace, or the result of a merge patch). */
@Schema(name = "ContactRequest")
public record ContactRequest(
        @NotBlank @Size(max = 200) @NoControlCharacters @Schema(example = "Annie Wang") String fullName,
        @Size(max = 100) @NoControlCharacters
        @Schema(description = "The name to greet the person by, e.g. in emails; when absent, the first word of "
                + "fullName stands in for it", example = "Annie") String givenName,
        @Email(regexp = ".+@.+\\..+") @Size(max = 254) @NoControlCharacters
        @Schema(example = "annie.wang@example.org") String email,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @NoControlCharacters
        @Schema(example = "https://www.linkedin.com/in/annie-wang") String profileUrl,
        @Size(max = 300) @NoControlCharacters @Schema(example = "Media researcher, PhD candidate at VUB")
        String headline,
        @Size(max = 200) @NoControlCharacters @Schema(example = "VUB") String company,
        @Size(max = 200) @NoControlCharacters @Schema(example = "PhD Researcher") String title,
        @Schema(example = "JUNIOR") Seniority seniority,
        @Size(max = 120) @NoControlCharacters @Schema(example = "media and communication") String field,
        @Size(max = 50) @Schema(example = "[\"content strategy\", \"mandarin\"]")
        List<@NotBlank @Size(max = 60) @NoControlCharacters String> skills,
        @Size(max = 200) @NoControlCharacters @Schema(example = "Brussels, Belgium") String location,
        @TimeZone @Schema(example = "Europe/Brussels") String timezone,
        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag such as en or fr-BE")
        @Schema(example = "en") String locale,
        @Size(max = 30) @Schema(example = "[\"brunch\", \"media\"]")
        List<@NotBlank @Size(max = 40) @NoControlCharacters String> tags,
        @Valid Relationship relationship,
        @Valid Consent consent) {

    @Schema(name = "RelationshipRequest")
    public record Relationship(
            @Min(1) @Max(5) @Schema(description = "How close you are, 1 (barely) to 5 (very)", example = "4") Integer strength,
            @Size(max = 500) @NoControlCharacters @Schema(example = "Brunch in Brussels after she read my blog")
            String howWeMet,
            @PastOrPresent Instant lastInteractionAt) {
    }

    @Schema(name = "ConsentRequest")
    public record Consent(
            @Schema(description = "Whether this person may be asked to meet someone", example = "true")
            Boolean introductionsAllowed,
            @Min(0) @Max(10) @Schema(description = "At most this many introduction requests in 30 days", example = "2")
            Integer maxIntroductionsPer30Days) {
    }
}
