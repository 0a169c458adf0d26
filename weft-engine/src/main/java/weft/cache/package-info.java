/**
 * The build cache: what the costly stages of a build made (a laid-out PDF, a drawn figure, formatted citations),
 * kept in a folder between builds under a key that is a hash of everything the stage's result depends on, so that a
 * build reuses it only when it would make the same bytes again.
 */
package weft.cache;
