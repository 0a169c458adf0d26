/** The Maven plugin: goals {@code weft:build}, {@code weft:validate} and {@code weft:site} over the engine. */
package weft.maven;
