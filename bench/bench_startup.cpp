// SPDX-License-Identifier: MIT
// The console's start: from launching `breakwater --demo` (which also starts a
// breakwater-sim) to the main window's first paint, to a populated overview,
// to the first rates, and its resident memory once idle. Five runs, offscreen,
// each with a private HOME so no saved profile or setting plays a part.
// Run: build/bench/bench_startup
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString console = QCoreApplication::applicationDirPath() + u"/../app/breakwater"_s;
    const int runs = 5;
    QList<qint64> paint, populated, rates, rss;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/.local/share"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"BREAKWATER_STARTUP_PROBE"_s, u"1"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        const qint64 launched = QDateTime::currentMSecsSinceEpoch();
        p.start(console, { u"--demo"_s });
        if (!p.waitForFinished(60000)) {
            p.kill();
            std::fprintf(stderr, "run %d did not finish\n", run);
            return 1;
        }
        for (const QByteArray &line : p.readAllStandardError().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 3 || f[0] != "probe")
                continue;
            const qint64 v = f[2].toLongLong();
            if (f[1] == "first-paint-epoch-ms")
                paint.append(v - launched);
            else if (f[1] == "populated-epoch-ms")
                populated.append(v - launched);
            else if (f[1] == "rates-epoch-ms")
                rates.append(v - launched);
            else if (f[1] == "idle-rss-kb")
                rss.append(v);
        }
    }
    auto show = [](const char *what, QList<qint64> v, const char *unit) {
        if (v.isEmpty()) {
            std::printf("%-44s (not reported)\n", what);
            return;
        }
        std::sort(v.begin(), v.end());
        std::printf("%-44s median %6lld  worst %6lld %s  (%lld runs)\n", what,
            static_cast<long long>(v.at(v.size() / 2)), static_cast<long long>(v.last()), unit,
            static_cast<long long>(v.size()));
    };
    show("launch to first paint of the main window", paint, "ms");
    show("launch to populated overview (demo sim too)", populated, "ms");
    show("launch to first rates (needs a 2nd scrape)", rates, "ms");
    show("resident memory, idle after 5 s", rss, "kB");
    return 0;
}
