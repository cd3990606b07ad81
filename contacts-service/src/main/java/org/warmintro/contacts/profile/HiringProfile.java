package org.warmintro.contacts.profile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.contacts.FieldLimits;
import org.warmintro.contacts.skill.SkillNormaliser;

@Schema(name = "HiringProfile", description = "The roles a contact is hiring for, and whether they can make a hire happen")
public record HiringProfile(
        @NotNull @Size(max = FieldLimits.OPEN_ROLES) List<@NotNull @Valid OpenRole> openRoles,
        @Schema(description = "This person decides or strongly influences who is hired", example = "true")
        boolean hiringInfluence) {

    public HiringProfile normalised(SkillNormaliser skillNormaliser) {
        return new HiringProfile(openRoles.stream().map(role -> role.normalised(skillNormaliser)).toList(),
                hiringInfluence);
    }
}
