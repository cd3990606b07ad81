package org.warmintro.referral.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.warmintro.referral.vocabulary.OccupationCatalog;
import org.warmintro.referral.vocabulary.OccupationMatch;

/**
 * The hiring contacts of one member's network with their open roles prepared for matching: what does not depend on
 * the seeker (skill rarity, the occupation of each role's title, comparison keys) is computed here once, so that
 * ranking a seeker is a cheap pass over the roles. Immutable; {@link #with} and {@link #without} return an updated
 * copy after one profile event.
 *
 * <p>Rarity is taken from the {@link NetworkStatistics} given at {@link #index}; updates keep those statistics, since
 * one card changes a skill's count by at most one. Re-index now and then (say nightly) to refresh them.
 */
public final class HiringNetwork {

    private final OccupationCatalog catalog;
    private final NetworkStatistics statistics;
    private final Map<String, List<IndexedRole>> rolesByContact;
    private final int openRoleCount;

    private HiringNetwork(OccupationCatalog catalog, NetworkStatistics statistics,
            Map<String, List<IndexedRole>> rolesByContact) {
        this.catalog = catalog;
        this.statistics = statistics;
        this.rolesByContact = Collections.unmodifiableMap(rolesByContact);
        this.openRoleCount = rolesByContact.values().stream().mapToInt(List::size).sum();
    }

    /** Prepares the hiring contacts; those without open roles are left out, as they cannot be matched. */
    public static HiringNetwork index(Collection<HiringContact> hiringContacts, NetworkStatistics statistics,
            OccupationCatalog catalog) {
        Map<String, List<OccupationMatch>> occupationsByTitle = new HashMap<>();
        Map<String, List<IndexedRole>> rolesByContact = new LinkedHashMap<>();
        for (HiringContact contact : hiringContacts) {
            List<IndexedRole> roles = indexRoles(contact, statistics,
                    title -> occupationsByTitle.computeIfAbsent(title, catalog::resolve));
            if (!roles.isEmpty()) {
                rolesByContact.put(contact.contactId(), roles);
            }
        }
        return new HiringNetwork(catalog, statistics, rolesByContact);
    }

    /** This network with the contact added or replaced, or removed when they have no open roles any more. */
    public HiringNetwork with(HiringContact contact) {
        Map<String, List<IndexedRole>> rolesByContact = new LinkedHashMap<>(this.rolesByContact);
        List<IndexedRole> roles = indexRoles(contact, statistics, catalog::resolve);
        if (roles.isEmpty()) {
            rolesByContact.remove(contact.contactId());
        } else {
            rolesByContact.put(contact.contactId(), roles);
        }
        return new HiringNetwork(catalog, statistics, rolesByContact);
    }

    /** This network without the contact (erased, or no longer in the network). */
    public HiringNetwork without(String contactId) {
        Map<String, List<IndexedRole>> rolesByContact = new LinkedHashMap<>(this.rolesByContact);
        rolesByContact.remove(contactId);
        return new HiringNetwork(catalog, statistics, rolesByContact);
    }

    public int openRoleCount() {
        return openRoleCount;
    }

    /** The open roles of each hiring contact, in the order of their card; never an empty list. */
    Collection<List<IndexedRole>> rolesByContact() {
        return rolesByContact.values();
    }

    /** Whether the contact has an open role in the network. */
    public boolean hasOpenRoles(String contactId) {
        return rolesByContact.containsKey(contactId);
    }

    List<IndexedRole> rolesOf(String contactId) {
        return rolesByContact.getOrDefault(contactId, List.of());
    }

    private static List<IndexedRole> indexRoles(HiringContact contact, NetworkStatistics statistics,
            Function<String, List<OccupationMatch>> occupationsOfTitle) {
        List<IndexedRole> roles = new ArrayList<>(contact.openRoles().size());
        double influence = SignalFunctions.influence(contact.hiringInfluence(), contact.seniority());
        for (int roleIndex = 0; roleIndex < contact.openRoles().size(); roleIndex++) {
            OpenRole role = contact.openRoles().get(roleIndex);
            String[] skills = role.skills().stream().sorted().toArray(String[]::new);
            double[] rarity = new double[skills.length];
            double rarityTotal = 0;
            for (int i = 0; i < skills.length; i++) {
                rarity[i] = statistics.rarity(skills[i]);
                rarityTotal += rarity[i];
            }
            List<OccupationMatch> occupations = occupationsOfTitle.apply(role.title());
            String location = role.location() != null ? role.location() : contact.location();
            roles.add(new IndexedRole(contact, roleIndex, role, skills, rarity, rarityTotal, occupations,
                    occupations.stream().map(match -> match.occupation().majorGroup()).distinct().toList(),
                    SignalFunctions.key(contact.company()), SignalFunctions.key(contact.field()),
                    SignalFunctions.locationKey(location), influence));
        }
        return roles;
    }
}
