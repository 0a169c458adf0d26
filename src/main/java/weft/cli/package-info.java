/** The command line: weft build, weft validate, weft bench. */
package weft.cli;
