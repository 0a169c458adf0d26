/** The command line: weft build, weft validate, weft bench, weft synth. */
package weft.cli;
