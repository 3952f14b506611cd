// The composition root: headless subcommands run without a display; otherwise the window opens.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
