/** Publishing the output: a complete set of files replaces the previous publication only when the build succeeded. */
package weft.publish;
