/**
 * The live preview ({@code weft serve}, {@code weft:serve}): the publication served from memory on a local address,
 * rebuilt when an input changes, every open page told to reload itself, and the diagnostics of a broken input shown
 * over the last good pages.
 */
package weft.serve;
