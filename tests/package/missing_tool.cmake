# SPDX-License-Identifier: GPL-3.0-or-later
message(FATAL_ERROR "${MISSING} is not installed; scripts/setup-deps.sh installs it")
