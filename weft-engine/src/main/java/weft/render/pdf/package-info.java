/** The PDF article: the print template through openhtmltopdf to a tagged, archival (PDF/UA-1, PDF/A-3a), reproducible PDF. */
package weft.render.pdf;
