# The build daemon's quick client (README "The build daemon"): bin/weft runs it with Debian's essential Perl (perl-base)
# for `weft build` and `weft validate` when WEFT_DAEMON=1, so that a build in the daemon starts no JVM of its own.
#
#   perl bin/weft-client.pl CHECKOUT JAR ARGS...  # bin/weft's checkout and its weft-cli jar
#
# It does the one common thing only: hand ARGS, the working folder and the environment to the listening daemon of this
# Weft, copy back what the daemon prints, and exit with the command's code. It speaks the protocol of
# weft.cli.daemon.Wire and names the daemon as weft.cli.daemon.DaemonName does (DaemonProcessIT checks that both agree).
# Anything else it leaves to the Java client (weft.cli.daemon.DaemonClient) by exiting 77 before it sent anything: no
# daemon listening, one starting, a socket folder that is missing or not the user's own alone, Weft not packaged as
# jars (or compiled after it was packaged), text that is not ASCII in a locale that is not UTF-8, a missing `java`,
# anything odd.
# The Java client then does what it always did (waits, says why a daemon cannot be used, starts one).
use strict;
use warnings;
use Cwd ();
use Socket qw(PF_UNIX SOCK_STREAM pack_sockaddr_un);

use constant { NOT_HANDLED => 77, MAGIC => 0x57454654, VERSION => 1, ACCEPTED => 0, OUT => 1, ERR => 2, EXIT => 3 };
# as DaemonName.FIXED_AT_START: the variables a daemon's JVM takes for good when it starts
my @fixed_at_start = qw(WEFT_JAVA_OPTS LANG LC_ALL LC_CTYPE TZ);

sub pass { exit NOT_HANDLED }

my $checkout = shift @ARGV // pass();
my $jar = shift @ARGV // pass();
# a bad idle time is the Java client's to report (DaemonClient.IDLE_MINUTES)
pass() unless ($ENV{WEFT_DAEMON_IDLE} // '30') =~ /^[1-9][0-9]{0,5}\z/;

# the 64-bit FNV-1a hash of DaemonName.hash, as 16 hexadecimal digits
sub fnv {
    use integer;
    no warnings 'portable'; # 64-bit constants: Perl's integers here are 64 bits
    my $hash = 0xcbf29ce484222325;
    for my $byte (unpack 'C*', $_[0]) {
        $hash ^= $byte;
        $hash *= 0x100000001b3;
    }
    return sprintf '%016x', $hash;
}

my $target = "$checkout/weft-cli/target";
pass() unless -f $jar && -f "$target/classpath.txt";
# a class compiled after the jar was made: bin/weft runs the classes folder, which no daemon serves. Perl's own stat
# gives whole seconds: within the jar's second, find compares to the nanosecond, as the launcher does.
my $jar_time = (stat $jar)[9];
my $same_second = 0;
my @folders = ("$target/classes");
while (defined(my $folder = shift @folders)) {
    my @st = lstat $folder or next;
    pass() if $st[9] > $jar_time;
    $same_second ||= $st[9] == $jar_time;
    opendir my $dir, $folder or pass();
    for my $entry (readdir $dir) {
        next if $entry eq '.' || $entry eq '..';
        my $path = "$folder/$entry";
        if (-d $path && !-l $path) {
            push @folders, $path;
        } else {
            my @file = lstat $path or pass();
            pass() if $file[9] > $jar_time;
            $same_second ||= $file[9] == $jar_time;
        }
    }
    closedir $dir;
}
if ($same_second) {
    open my $find, '-|', 'find', "$target/classes", '-newer', $jar, '-print', '-quit' or pass();
    my $newer = do { local $/; <$find> };
    close $find or pass();
    pass() if defined $newer && $newer ne '';
}

# the java bin/weft runs: JAVA_HOME's when it is set, else the first on the PATH
my ($java) = defined $ENV{JAVA_HOME} && $ENV{JAVA_HOME} ne ''
    ? grep { -f && -x } ("$ENV{JAVA_HOME}/bin/java")
    : grep { -f && -x } map { "$_/java" } split /:/, ($ENV{PATH} // '');
pass() unless defined $java;
my $java_home = Cwd::abs_path($java) // pass();
$java_home =~ s{/[^/]+/[^/]+$}{} or pass();

open my $list, '<', "$target/classpath.txt" or pass();
my $classpath = do { local $/; <$list> };
close $list;
$classpath =~ s/^\s+|\s+$//g;
my $code = "$java_home\n";
for my $entry ($jar, "$checkout/bin/weft", grep { $_ ne '' } split /:/, $classpath) {
    my @st = stat $entry;
    pass() unless @st && -f _;
    $code .= "$entry $st[7] $st[9]\n";
}
my $environment = join '', map { "$_=" . ($ENV{$_} // '') . "\n" } @fixed_at_start;
my $prefix = substr(fnv($checkout), 0, 12);
my $name = $prefix . '-' . substr(fnv($code), 0, 12) . '-' . substr(fnv($environment), 0, 8);

# the folder of SocketFolder: it must be there already, a real folder of this user that nobody else can open
my $home = (getpwuid $<)[7] // pass();
my $sockets = ($ENV{XDG_RUNTIME_DIR} // '') ne '' ? "$ENV{XDG_RUNTIME_DIR}/weft-daemon"
    : ($ENV{XDG_CACHE_HOME} // '') ne '' ? "$ENV{XDG_CACHE_HOME}/weft-daemon" : "$home/.cache/weft-daemon";
my @folder = lstat $sockets or pass();
pass() unless -d _ && $folder[4] == $< && ($folder[2] & 077) == 0;
opendir my $listing, $sockets or pass();
pass() if grep { /^\Q$prefix\E-.*\.starting$/ } readdir $listing; # a daemon starting: the Java client waits for it
closedir $listing;
my $socket = "$sockets/$name.sock";
pass() if length($socket) > 107;

my $cwd = Cwd::getcwd() // pass();
# Strings travel as UTF-8. In another locale the Java client decodes what is not ASCII as its JVM does: left to it.
my ($locale) = grep { defined && $_ ne '' } map { $ENV{$_} } qw(LC_ALL LC_CTYPE LANG); # no slice: it would add the keys
unless (defined $locale && $locale =~ /utf-?8/i) {
    pass() if grep { /[^\x00-\x7f]/ } $cwd, %ENV, @ARGV;
}
socket(my $connection, PF_UNIX, SOCK_STREAM, 0) or pass();
connect($connection, pack_sockaddr_un($socket)) or pass();
binmode $connection;

sub string { return pack 'N/a*', $_[0] }
my $request = pack('NN', MAGIC, VERSION) . string('run') . string($cwd) . pack('N', scalar keys %ENV)
    . join('', map { string($_) . string($ENV{$_}) } sort keys %ENV) . pack('N', scalar @ARGV) . join('', map { string($_) } @ARGV);
local $SIG{PIPE} = 'IGNORE';
my $sent = 0;
while ($sent < length $request) {
    my $n = syswrite $connection, $request, length($request) - $sent, $sent;
    pass() unless $n; # the daemon went away before it took the request
    $sent += $n;
}

sub take {
    my ($length) = @_;
    my $bytes = '';
    while (length $bytes < $length) {
        my $n = sysread $connection, $bytes, $length - length $bytes, length $bytes;
        return undef unless $n;
    }
    return $bytes;
}

my $accepted = 0;
while (defined(my $type = take(1))) {
    $type = ord $type;
    my $value = take(4);
    last unless defined $value;
    $value = unpack 'l>', $value;
    if ($type == ACCEPTED) {
        $accepted = 1;
    } elsif ($type == OUT || $type == ERR) {
        my $bytes = take($value);
        last unless defined $bytes;
        my $fd = $type == OUT ? \*STDOUT : \*STDERR;
        for (my $done = 0; $done < length $bytes;) {
            my $n = syswrite $fd, $bytes, length($bytes) - $done, $done;
            last unless $n;
            $done += $n;
        }
    } elsif ($type == EXIT) {
        exit $value;
    } else {
        last;
    }
}
pass() unless $accepted; # closed before it took the request (it was stopping): the Java client starts anew
syswrite STDERR, "weft: the build daemon stopped before the command ended; the previous publication stays unless the build had finished\n";
exit 3;
