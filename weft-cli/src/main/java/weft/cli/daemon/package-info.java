/**
 * The build daemon ({@code WEFT_DAEMON=1 bin/weft build}): a JVM that stays up between a researcher's builds, so that a
 * rebuild after a recode runs warm instead of loading and compiling the libraries again. {@link weft.cli.daemon.DaemonClient}
 * is the small client {@code bin/weft} starts; {@link weft.cli.daemon.Daemon} the server; {@link weft.cli.daemon.Wire}
 * what they say to each other over a Unix domain socket in a folder only the user can open
 * ({@link weft.cli.daemon.SocketFolder}).
 */
package weft.cli.daemon;
