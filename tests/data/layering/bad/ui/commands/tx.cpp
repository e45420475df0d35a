// Fixture for tests/layering: the GUI must not open transactions (edits are atomic in the store).
#include "store/transaction.h"
