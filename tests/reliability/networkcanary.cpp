// SPDX-License-Identifier: GPL-3.0-or-later
// Links QtNetwork and calls socket() on purpose: the no-network check (check_no_network.cmake)
// must reject it on both counts, which shows the check still bites. It is never installed.
#include <QHostAddress>

#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **)
{
    if (argc > 1) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd >= 0)
            ::close(fd);
    }
    return QHostAddress(QHostAddress::LocalHost).isLoopback() ? 0 : 1;
}
