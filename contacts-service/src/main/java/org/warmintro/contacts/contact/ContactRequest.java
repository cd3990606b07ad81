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
import org.warmintro.contacts.FieldLimits;
import org.warmintro.contacts.text.NoControlCharacters;

/** A contact card as a member writes it (create, replace, or the result of a merge patch). */
@Schema(name = "ContactRequest")
public record ContactRequest(
        @NotBlank @Size(max = FieldLimits.FULL_NAME) @NoControlCharacters @Schema(example = "Annie Wang")
        String fullName,
        @Size(max = FieldLimits.GIVEN_NAME) @NoControlCharacters
        @Schema(description = "The name to greet the person by, e.g. in emails; when absent, the first word of "
                + "fullName stands in for it", example = "Annie") String givenName,
        @Email(regexp = ".+@.+\\..+") @Size(max = FieldLimits.EMAIL) @NoControlCharacters
        @Schema(example = "annie.wang@example.org") String email,
        @Size(max = FieldLimits.PROFILE_URL) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @NoControlCharacters
        @Schema(example = "https://www.linkedin.com/in/annie-wang") String profileUrl,
        @Size(max = FieldLimits.HEADLINE) @NoControlCharacters
        @Schema(example = "Media researcher, PhD candidate at VUB")
        String headline,
        @Size(max = FieldLimits.COMPANY) @NoControlCharacters @Schema(example = "VUB") String company,
        @Size(max = FieldLimits.JOB_TITLE) @NoControlCharacters @Schema(example = "PhD Researcher") String title,
        @Schema(example = "JUNIOR") Seniority seniority,
        @Size(max = FieldLimits.FIELD) @NoControlCharacters @Schema(example = "media and communication") String field,
        @Size(max = FieldLimits.SKILLS) @Schema(example = "[\"content strategy\", \"mandarin\"]")
        List<@NotBlank @Size(max = FieldLimits.SKILL) @NoControlCharacters String> skills,
        @Size(max = FieldLimits.LOCATION) @NoControlCharacters @Schema(example = "Brussels, Belgium") String location,
        @TimeZone @Schema(example = "Europe/Brussels") String timezone,
        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag such as en or fr-BE")
        @Schema(example = "en") String locale,
        @Size(max = FieldLimits.TAGS) @Schema(example = "[\"brunch\", \"media\"]")
        List<@NotBlank @Size(max = FieldLimits.TAG) @NoControlCharacters String> tags,
        @Valid Relationship relationship,
        @Valid Consent consent) {

    @Schema(name = "RelationshipRequest")
    public record Relationship(
            @Min(1) @Max(5) @Schema(description = "How close you are, 1 (barely) to 5 (very)", example = "4") Integer strength,
            @Size(max = FieldLimits.HOW_WE_MET) @NoControlCharacters
            @Schema(example = "Brunch in Brussels after she read my blog")
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

    /** A card built by naming the fields it has: the others are null, as in a request that leaves them out. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts with this card's fields. */
    public Builder toBuilder() {
        return new Builder().fullName(fullName).givenName(givenName).email(email).profileUrl(profileUrl).headline(headline).company(company)
                .title(title).seniority(seniority).field(field).skills(skills).location(location).timezone(timezone)
                .locale(locale).tags(tags).relationship(relationship).consent(consent);
    }

    public static final class Builder {

        private String fullName;
        private String givenName;
        private String email;
        private String profileUrl;
        private String headline;
        private String company;
        private String title;
        private Seniority seniority;
        private String field;
        private List<String> skills;
        private String location;
        private String timezone;
        private String locale;
        private List<String> tags;
        private Relationship relationship;
        private Consent consent;

        private Builder() {
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder givenName(String givenName) {
            this.givenName = givenName;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder profileUrl(String profileUrl) {
            this.profileUrl = profileUrl;
            return this;
        }

        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public Builder company(String company) {
            this.company = company;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder seniority(Seniority seniority) {
            this.seniority = seniority;
            return this;
        }

        public Builder field(String field) {
            this.field = field;
            return this;
        }

        public Builder skills(List<String> skills) {
            this.skills = skills;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder relationship(Relationship relationship) {
            this.relationship = relationship;
            return this;
        }

        public Builder consent(Consent consent) {
            this.consent = consent;
            return this;
        }

        public ContactRequest build() {
            return new ContactRequest(fullName, givenName, email, profileUrl, headline, company, title, seniority, field, skills,
                    location, timezone, locale, tags, relationship, consent);
        }
    }
}
