package org.warmintro.contacts.profile;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.contacts.FieldLimits;
import org.warmintro.contacts.skill.SkillNormaliser;
import org.warmintro.contacts.text.LineBreaks;
import org.warmintro.contacts.text.NoControlCharacters;

/**
 * What a job seeker is looking for, in their own words. The self-introduction is required: as in the story, the one
 * who reaches out introduces herself first.
 */
@Schema(name = "SeekingProfile", description = "What a contact is looking for; their active profile is their consent to be introduced")
public record SeekingProfile(
        @NotBlank @Size(min = FieldLimits.SELF_INTRODUCTION_MIN, max = FieldLimits.SELF_INTRODUCTION)
        @NoControlCharacters(multiline = true)
        @Schema(description = "The seeker's self-introduction, forwardable as it is (50 to 2000 characters)",
                example = "I studied media at Renmin University and am finishing a PhD at VUB. I am looking for my first role in Belgium in communication or content strategy.")
        String selfIntroduction,
        @NotNull @Size(max = FieldLimits.TARGET_ROLES)
        @Schema(example = "[\"Communication Specialist\", \"Content Strategist\"]")
        List<@NotBlank @Size(max = FieldLimits.JOB_TITLE) @NoControlCharacters String> targetRoles,
        @NotNull @Size(max = FieldLimits.SKILLS)
        @Schema(example = "[\"content strategy\", \"video editing\", \"mandarin\"]")
        List<@NotBlank @Size(max = FieldLimits.SKILL) @NoControlCharacters String> skills,
        @NotNull @Size(max = FieldLimits.LOCATIONS)
        @Schema(example = "[\"Brussels\", \"Ghent\"]")
        List<@NotBlank @Size(max = FieldLimits.LOCATION) @NoControlCharacters String> locations,
        @Schema(description = "Open to remote work", example = "true")
        boolean remote,
        @Size(max = FieldLimits.OFFERS) @NoControlCharacters(multiline = true)
        @Schema(description = "What the seeker offers in return", example = "Can help reformat your articles into a reusable template")
        String offers,
        @NotNull
        @Schema(example = "ACTIVE")
        SeekingStatus status) {

    /** The same profile with its skills in their normal form. */
    public SeekingProfile normalised(SkillNormaliser skillNormaliser) {
        return new SeekingProfile(LineBreaks.normalised(selfIntroduction.strip()), trimmed(targetRoles),
                skillNormaliser.normalise(skills), trimmed(locations), remote,
                offers == null ? null : LineBreaks.normalised(offers.strip()), status);
    }

    static List<String> trimmed(List<String> values) {
        return values.stream().map(String::strip).distinct().toList();
    }
}
