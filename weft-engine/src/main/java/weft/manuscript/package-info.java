/**
 * A Pandoc or Quarto manuscript of one file brought into a study: {@link weft.manuscript.ManuscriptImport} reads it,
 * {@code ManuscriptSplit} cuts it at its top-level headings into content/'s sections (each heading's kind by its words:
 * {@code SectionKinds}), and {@code ManuscriptAssets} brings the images and includes its text names.
 */
package weft.manuscript;
