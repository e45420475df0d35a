// Fixture for tests/layering: a core header that includes a widget header must be rejected.
#pragma once
#include <QString>
#include <QWidget>
