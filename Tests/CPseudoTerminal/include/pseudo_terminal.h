// Test-only: a pseudo-terminal and a child process whose controlling terminal it is.
// Glibc's Swift overlay does not export posix_openpt/grantpt/unlockpt/ptsname, and a child
// needs setsid + TIOCSCTTY between fork and exec, which Foundation.Process cannot do.
#ifndef DATELINE_PSEUDO_TERMINAL_H
#define DATELINE_PSEUDO_TERMINAL_H

#include <sys/types.h>

/// Opens a pseudo-terminal master; writes the slave's path into `slave` (size `size`).
/// Returns the master's descriptor, or -1.
int dl_pty_open(char *slave, int size);

/// Forks; the child starts a session, takes the slave `slave` as its controlling terminal
/// (rows × columns) on descriptors 0, 1 and 2, restores default signal handling, and
/// execs `path`. Returns the child's pid, or -1.
pid_t dl_pty_spawn(const char *slave, int rows, int columns, const char *path,
                   char *const argv[], char *const envp[]);

/// Whether the terminal's line discipline is in canonical (cooked) mode.
int dl_pty_is_canonical(int master);

#endif
