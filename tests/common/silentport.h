// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A team server that takes the connection and never answers (a hung server, a firewall that
// lets the handshake through), for the tests of what Spotter does while it waits.

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace spotter::test {

/// A TCP port on the loopback that completes the handshake (the kernel does) and never says a
/// word: nobody accepts. On @p port, or on one the system picks (port()).
class SilentPort
{
public:
    explicit SilentPort(int port = 0)
    {
        // Not inherited by the programs a test starts (the test cluster's server): closing it
        // here must close it.
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int reuse = 1; // a fixed port again soon after its last run
        if (m_fd >= 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        auto *generic = reinterpret_cast<sockaddr *>(&address);
        if (m_fd < 0 || ::bind(m_fd, generic, size) != 0 || ::listen(m_fd, 4) != 0
            || ::getsockname(m_fd, generic, &size) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentPort() { close(); }
    SilentPort(const SilentPort &) = delete;
    SilentPort &operator=(const SilentPort &) = delete;

    [[nodiscard]] int port() const { return m_port; }
    /// Resets the connections waiting to be accepted: what makes a client that waits forever
    /// give up, so that a failing test still ends.
    void close()
    {
        if (const int fd = m_fd.exchange(-1); fd >= 0)
            ::close(fd);
    }

private:
    std::atomic<int> m_fd{-1};
    int m_port = 0;
};

} // namespace spotter::test
