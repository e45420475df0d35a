// Fixture for tests/layering: the GUI asks through Prompt and reads the time through Clock.
#include <QDateTime>
#include <QMessageBox>
void ask()
{
    QMessageBox::question(nullptr, {}, {});
    (void)QDateTime::currentDateTime();
}
