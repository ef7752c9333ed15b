#define _GNU_SOURCE
#include "pseudo_terminal.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int dl_pty_open(char *slave, int size) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0 || ptsname_r(master, slave, (size_t)size) != 0) {
        close(master);
        return -1;
    }
    return master;
}

pid_t dl_pty_spawn(const char *slave, int rows, int columns, const char *path,
                   char *const argv[], char *const envp[]) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    // The child: only async-signal-safe calls until exec.
    setsid();
    int fd = open(slave, O_RDWR);
    if (fd < 0) _exit(126);
    ioctl(fd, TIOCSCTTY, 0);
    struct winsize size = {0};
    size.ws_row = (unsigned short)rows;
    size.ws_col = (unsigned short)columns;
    ioctl(fd, TIOCSWINSZ, &size);
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    if (fd > 2) close(fd);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGINT, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    execve(path, argv, envp);
    _exit(127);
}

int dl_pty_is_canonical(int master) {
    struct termios mode;
    if (tcgetattr(master, &mode) != 0) return -1;
    return (mode.c_lflag & ICANON) != 0;
}
