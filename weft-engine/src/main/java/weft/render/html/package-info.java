/** What every page shares: Freemarker templates (a locked-down configuration, read-only views built from records), trusted HTML fragments and the article's anchors. */
package weft.render.html;
