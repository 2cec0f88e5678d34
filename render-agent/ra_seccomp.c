/*
 * ra_seccomp: the sandbox's system-call filter. See ra_seccomp.h.
 *
 * A classic BPF program over struct seccomp_data: check the architecture,
 * load the call number, compare it with each denied one (every match
 * jumps to the EPERM return), look at ioctl's request, allow the rest.
 * BPF jumps only forward, so both returns sit at the end.
 */
#include "ra_seccomp.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#if defined(__x86_64__)
#define RA_AUDIT_ARCH AUDIT_ARCH_X86_64
#define RA_X32_BIT 0x40000000 /* x32 calls: other numbers, same arch */
#elif defined(__aarch64__)
#define RA_AUDIT_ARCH AUDIT_ARCH_AARCH64
#endif

#define RA_FILTER_MAX 96

#ifdef RA_AUDIT_ARCH
static const int ra_denied[] = {
    __NR_add_key,
    __NR_keyctl,
    __NR_request_key,
    __NR_io_uring_setup,
    __NR_io_uring_enter,
    __NR_io_uring_register,
    __NR_bpf,
    __NR_perf_event_open,
    __NR_userfaultfd,
    __NR_ptrace,
    __NR_process_vm_readv,
    __NR_process_vm_writev,
    __NR_kexec_load,
    __NR_kexec_file_load,
    __NR_init_module,
    __NR_finit_module,
    __NR_delete_module,
    __NR_reboot,
    __NR_swapon,
    __NR_swapoff,
    __NR_acct,
    __NR_syslog,
    __NR_mount,
    __NR_umount2,
    __NR_pivot_root,
    __NR_setns,
    __NR_unshare,
    __NR_open_by_handle_at,
    __NR_name_to_handle_at,
    __NR_quotactl,
    __NR_fsopen,
    __NR_fsconfig,
    __NR_fsmount,
    __NR_fspick,
    __NR_move_mount,
    __NR_open_tree,
    __NR_mount_setattr,
    __NR_vhangup,
};
#endif

#ifdef RA_AUDIT_ARCH
_Static_assert(sizeof(ra_denied) / sizeof(ra_denied[0]) + 11 <= RA_FILTER_MAX,
               "the filter outgrew RA_FILTER_MAX");
#endif

int ra_seccomp_supported(void)
{
#ifdef RA_AUDIT_ARCH
    return 1;
#else
    return 0;
#endif
}

#ifdef RA_AUDIT_ARCH
/* The offset of a jump from instruction `at` to instruction `to`. */
#define RA_TO(to, at) ((unsigned char)((to) - (at)-1))

/* Writes the program into f; returns its length. */
static size_t ra_seccomp_build(struct sock_filter *f)
{
    size_t count = sizeof(ra_denied) / sizeof(ra_denied[0]), i, n = 0;
#ifdef RA_X32_BIT
    size_t x32 = 1;
#else
    size_t x32 = 0;
#endif
    /* header 4, x32 check, one per call, ioctl 4, then ALLOW and DENY */
    size_t allow = 4 + x32 + count + 4, deny = allow + 1;

    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
                                          offsetof(struct seccomp_data, arch));
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
                                          RA_AUDIT_ARCH, 1, 0);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
                                          SECCOMP_RET_KILL_PROCESS);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
                                          offsetof(struct seccomp_data, nr));
#ifdef RA_X32_BIT
    f[n] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, RA_X32_BIT,
                                        RA_TO(deny, n), 0);
    n++;
#endif
    for (i = 0; i < count; i++, n++)
        f[n] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
                                            (unsigned)ra_denied[i],
                                            RA_TO(deny, n), 0);
    /* ioctl's request is an unsigned int to the kernel: the low word. */
    f[n] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_ioctl,
                                        0, RA_TO(allow, n));
    n++;
    f[n++] = (struct sock_filter)BPF_STMT(
        BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[1]));
    f[n] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, TIOCSTI,
                                        RA_TO(deny, n), 0);
    n++;
    f[n] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, TIOCLINUX,
                                        RA_TO(deny, n), 0);
    n++;
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
                                          SECCOMP_RET_ERRNO | EPERM);
    return n;
}
#endif

int ra_seccomp_fd(void)
{
#ifdef RA_AUDIT_ARCH
    struct sock_filter f[RA_FILTER_MAX];
    size_t n = ra_seccomp_build(f), len = n * sizeof(f[0]);
    int fd = memfd_create("mm-seccomp", 0);

    if (fd < 0)
        return -1;
    if (write(fd, f, len) != (ssize_t)len || lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        return -1;
    }
    return fd;
#else
    errno = ENOSYS;
    return -1;
#endif
}
