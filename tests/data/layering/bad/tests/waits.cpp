// SPDX-License-Identifier: GPL-3.0-or-later
// A GoogleTest test waiting with QtTest's macro: when the wait times out, the macro only returns.
TEST(Waits, ForAWindow)
{
    QTRY_VERIFY(window.isVisible());
}
