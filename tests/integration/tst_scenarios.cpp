// SPDX-License-Identifier: MIT
// Every built-in scenario produces live traffic, failures, dead letters and
// transitions (breaker states or sync milestones) within its first minute.
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Evidence {
    double successes = 0;
    double failures = 0;
    qint64 deadLetters = 0;
    int transitions = 0;
    bool complete() const
    {
        return successes > 0 && failures > 0 && deadLetters > 0 && transitions > 0;
    }
    QByteArray describe() const
    {
        return QStringLiteral("successes %1, failures %2, dead letters %3, transitions %4")
            .arg(successes)
            .arg(failures)
            .arg(deadLetters)
            .arg(transitions)
            .toUtf8();
    }
};

double sumOf(const QByteArray &metrics, const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    double sum = 0;
    for (auto it = re.globalMatch(QString::fromUtf8(metrics)); it.hasNext();)
        sum += it.next().captured(1).toDouble();
    return sum;
}

Evidence look(const QUrl &base)
{
    ApiClient api(base, SimProcess::viewerToken());
    Evidence e;
    const QByteArray metrics = api.get(u"/metrics"_s).body;
    e.successes = sumOf(
        metrics, uR"re(^bw_upstream_requests_total\{[^}]*outcome="success"[^}]*\} (\S+))re"_s);
    e.failures = sumOf(metrics,
        uR"re(^bw_upstream_requests_total\{[^}]*outcome="(?:error|timeout|not_permitted)"[^}]*\} (\S+))re"_s);
    e.deadLetters = api.get(u"/ops/v1/deadletters/groups"_s).json().value(u"total"_s).toInteger();
    for (const auto &b : api.get(u"/ops/v1/breakers"_s).items())
        e.transitions += int(b.toObject().value(u"transitions"_s).toArray().size());
    for (const auto &j : api.get(u"/ops/v1/syncs"_s).items())
        e.transitions += int(j.toObject().value(u"milestones"_s).toArray().size());
    return e;
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eachShowsEverythingWithinAMinute()
    {
        const QStringList names { u"marketplace"_s, u"payments"_s, u"erp"_s, u"cms"_s,
            u"offline-queue"_s, u"default"_s };
        std::vector<std::unique_ptr<SimProcess>> sims;
        for (const QString &name : names) {
            auto sim = std::make_unique<SimProcess>();
            SimProcess::Options options;
            options.scenario = name;
            QVERIFY2(sim->start(options), qPrintable(name + u": "_s + sim->error()));
            sims.push_back(std::move(sim));
        }
        QList<Evidence> evidence(names.size());
        QElapsedTimer clock;
        clock.start();
        // Started at once, so one minute of wall time covers every scenario's first minute.
        while (clock.elapsed() < 60000) {
            bool all = true;
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (!evidence[i].complete())
                    evidence[i] = look(sims[i]->baseUrl());
                all = all && evidence[i].complete();
            }
            if (all)
                break;
            QTest::qWait(1000);
        }
        for (qsizetype i = 0; i < names.size(); ++i)
            QVERIFY2(evidence[i].complete(),
                QByteArray(names[i].toUtf8() + ": " + evidence[i].describe()).constData());
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
