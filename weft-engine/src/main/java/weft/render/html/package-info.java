/** Freemarker templates: a locked-down configuration and read-only views built from records. */
package weft.render.html;
