package org.warmintro.contacts.profile;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.contacts.contact.Seniority;
import org.warmintro.contacts.skill.SkillNormaliser;
import org.warmintro.contacts.text.NoControlCharacters;

@Schema(name = "OpenRole", description = "A role the hiring contact is filling")
public record OpenRole(
        @NotBlank @Size(max = 120) @NoControlCharacters @Schema(example = "Communication Specialist") String title,
        @NotNull @Size(max = 50) @Schema(example = "[\"content strategy\", \"social media\"]")
        List<@NotBlank @Size(max = 60) @NoControlCharacters String> skills,
        @Schema(example = "JUNIOR") Seniority seniority,
        @Size(max = 120) @NoControlCharacters @Schema(example = "Brussels") String location,
        @Schema(example = "false") boolean remote) {

    OpenRole normalised(SkillNormaliser skillNormaliser) {
        return new OpenRole(title.strip(), skillNormaliser.normalise(skills), seniority,
                location == null ? null : location.strip(), remote);
    }
}
