/** Rendering prose: Markdown with Weft's directives ({{quote:ID}}, {{node:ID}}, {{value:PATH}}, [@key], @sec-ID) to safe HTML. */
package weft.prose;
