package org.warmintro.contacts.profile;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.contacts.FieldLimits;
import org.warmintro.contacts.contact.Seniority;
import org.warmintro.contacts.skill.SkillNormaliser;
import org.warmintro.contacts.text.NoControlCharacters;

@Schema(name = "OpenRole", description = "A role the hiring contact is filling")
public record OpenRole(
        @NotBlank @Size(max = FieldLimits.JOB_TITLE) @NoControlCharacters @Schema(example = "Communication Specialist")
        String title,
        @NotNull @Size(max = FieldLimits.ROLE_SKILLS) @Schema(example = "[\"content strategy\", \"social media\"]")
        List<@NotBlank @Size(max = FieldLimits.SKILL) @NoControlCharacters String> skills,
        @Schema(example = "JUNIOR") Seniority seniority,
        @Size(max = FieldLimits.LOCATION) @NoControlCharacters @Schema(example = "Brussels") String location,
        @Schema(example = "false") boolean remote) {

    OpenRole normalised(SkillNormaliser skillNormaliser) {
        return new OpenRole(title.strip(), skillNormaliser.normalise(skills), seniority,
                location == null ? null : location.strip(), remote);
    }
}
