/** Reading the project folder: YAML with positions, JSON Schema checks, Markdown with front matter. */
package weft.read;
