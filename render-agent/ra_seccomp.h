/*
 * ra_seccomp: the system-call filter bwrap installs for the sandboxed
 * command (--seccomp FD). The namespaces already keep the code from the
 * host; the filter takes away kernel interfaces that namespaces do not
 * cover or that no scene needs and that carry a large attack surface:
 * the kernel keyrings (not namespaced: the agent's session keyring is
 * reachable through possession), io_uring, BPF, perf events,
 * userfaultfd, ptrace and cross-process memory access, mount and
 * namespace calls, module and kexec loading, and the TIOCSTI/TIOCLINUX
 * ioctls that push input into a terminal. Those calls fail with EPERM.
 * A call made with another architecture's numbers (x32, i386) ends the
 * process.
 */
#ifndef RA_SECCOMP_H
#define RA_SECCOMP_H

/* 1 if this build knows the system-call numbers of its architecture. */
int ra_seccomp_supported(void);

/*
 * Returns a descriptor (not close-on-exec) positioned at the start of the
 * compiled filter, in the form bwrap's --seccomp reads, or -1 with errno.
 * Uses only memfd_create, write and lseek, so it may run between fork and
 * exec.
 */
int ra_seccomp_fd(void);

#endif /* RA_SECCOMP_H */
