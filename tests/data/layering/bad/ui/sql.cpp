// Fixture for tests/layering: SQL outside core/store must be rejected.
#include <QSqlQuery>
