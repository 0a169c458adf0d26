/** The orchestrator: read, check, render, publish; called alike by Maven, the command line and the tests. */
package weft.build;
