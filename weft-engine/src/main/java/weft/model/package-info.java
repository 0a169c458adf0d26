/** The study model: immutable records of the metadata, the coding frame, the quotes and the prose. */
package weft.model;
