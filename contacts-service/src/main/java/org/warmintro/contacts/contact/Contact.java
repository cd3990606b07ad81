package org.warmintro.contacts.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.warmintro.contacts.profile.HiringProfile;
import org.warmintro.contacts.profile.SeekingProfile;

/** A person in a member's network: the contact card. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false, updatable = false)
    public String memberId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** The name to greet the person by (Annie for Annie Wang); null when the card does not say. */
    @Column(name = "given_name")
    public String givenName;

    /** Lower case; with the member, it identifies the person. */
    public String email;

    /** The person's public profile page (a LinkedIn URL, say): identifies them when there is no email. */
    @Column(name = "profile_url")
    public String profileUrl;

    public String headline;
    public String company;
    public String title;

    @Enumerated(EnumType.STRING)
    public Seniority seniority;

    public String field;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> skills = new ArrayList<>();

    public String location;
    public String timezone;
    public String locale;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    /** How close the member feels to this person, 1 to 5, as of the last interaction. */
    @Column(name = "relationship_strength")
    public Short relationshipStrength;

    @Column(name = "how_we_met")
    public String howWeMet;

    @Column(name = "last_interaction_at")
    public Instant lastInteractionAt;

    /** How often the member helped this person. */
    @Column(name = "value_given", nullable = false)
    public int valueGiven;

    /** How often this person helped the member: the story's "offer value first". */
    @Column(name = "value_received", nullable = false)
    public int valueReceived;

    @Column(name = "intros_allowed", nullable = false)
    public boolean introductionsAllowed = true;

    @Column(name = "max_intros_per_30_days", nullable = false)
    public short maxIntroductionsPer30Days = 2;

    @JdbcTypeCode(SqlTypes.JSON)
    public SeekingProfile seeking;

    @JdbcTypeCode(SqlTypes.JSON)
    public HiringProfile hiring;

    /** Grows with every change; it is the ETag of the card and the version of its profile events. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
