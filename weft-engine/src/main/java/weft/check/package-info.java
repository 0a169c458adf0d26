/** Checking a study beyond its schemas: ids unique, references resolved, evidence present. */
package weft.check;
