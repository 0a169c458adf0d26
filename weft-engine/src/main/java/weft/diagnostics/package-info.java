/** Diagnostics with {@code path:line:column} positions, collected over a build and reported once. */
package weft.diagnostics;
