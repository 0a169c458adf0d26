/**
 * The privacy check: before a publication is built, quote texts, narratives and prose are scanned for what could
 * identify a person (e-mail addresses, phone numbers, web addresses, social-media handles, postcodes, street
 * addresses, dates of birth, and the names of a list the study keeps outside its repository). Each finding is a
 * warning at its place, which a quote can acknowledge with a reason.
 */
package weft.privacy;
