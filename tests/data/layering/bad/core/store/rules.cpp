// Fixture for tests/layering: the store must not include the analysis (services/ assembles).
#include "analysis/triage.h"
