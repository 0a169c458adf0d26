/** The command line: weft build, weft validate, weft bench, weft synth, weft citation-cff (see weft --help). */
package weft.cli;
