package org.warmintro.contacts.search;

/**
 * What {@code GET /api/v1/contacts} asks for: words to find, filters that combine with AND, and the page; null
 * means "no filter".
 */
public record SearchQuery(String q, String tag, String skill, String company, Boolean hiring, Boolean seeking,
        int page, int size, String sort) {
}
