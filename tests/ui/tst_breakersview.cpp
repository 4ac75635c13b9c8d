// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/breakermodel.h"
#include "models/workspace.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"
#include "ui/breakers/breakersview.h"
#include "ui/common/confirmactiondialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int answerMs = 10'000;
}

/** The Breakers view driven like an operator would, against a real sim. */
class TestBreakersView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
    }

    void forceOpenFromTheViewReachesTheServer_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addRow("development") << Environment::Development;
        QTest::addRow("production asks to type its name") << Environment::Production;
    }

    void forceOpenFromTheViewReachesTheServer()
    {
        QFETCH(Environment, environment);
        auto profile = ConnectionProfile::create(u"sim"_s, m_sim.baseUrl(), environment);
        Workspace ws(
            profile, new OpsApiBackend(m_sim.baseUrl(), SimProcess::adminToken()), m_audit.get());
        BreakersView view;
        view.resize(1200, 700);
        view.show();
        view.setWorkspace(&ws);
        ws.open();
        QTRY_VERIFY_WITH_TIMEOUT(ws.breakers()->rowCount() > 0, answerMs);
        QAction *forceOpen = view.action(BreakerAction::ForceOpen);
        QVERIFY2(!forceOpen->isEnabled(), "nothing selected yet");

        ApiClient api(m_sim.baseUrl(), SimProcess::adminToken());
        // Pick a breaker the server does not already hold open.
        auto *table = view.findChild<QTableView *>(u"breakers"_s);
        int row = -1;
        QString name;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            name = table->model()->index(r, 0).data(BreakerModel::NameRole).toString();
            const auto reply = api.get(u"/ops/v1/breakers/"_s + name);
            if (reply.json().value(u"state"_s).toString() != u"FORCED_OPEN"_s) {
                row = r;
                break;
            }
        }
        QVERIFY2(row >= 0, "every breaker is already forced open");
        table->selectRow(row);
        QCOMPARE(view.selectedBreakers(), QStringList { name });
        QVERIFY(forceOpen->isEnabled());

        forceOpen->trigger();
        auto *dialog = view.findChild<ConfirmActionDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"upstream is down"_s);
        if (environment == Environment::Production) {
            QVERIFY2(!ok->isEnabled(), "production needs more than a reason");
            QTest::keyClicks(
                dialog->findChild<QLineEdit *>(u"typedConfirmation"_s), u"production"_s);
        }
        QVERIFY(ok->isEnabled());
        ok->click();

        QTRY_COMPARE_WITH_TIMEOUT(
            api.get(u"/ops/v1/breakers/"_s + name).json().value(u"state"_s).toString(),
            u"FORCED_OPEN"_s, answerMs);
        // The table follows, and the audit log has the operator's reason.
        QTRY_COMPARE_WITH_TIMEOUT(
            ws.breakers()->breaker(name)->state, BreakerState::ForcedOpen, answerMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_audit->count() > 0, answerMs);
        const AuditRecord last = m_audit->records().last();
        QCOMPARE(last.target, name);
        QCOMPARE(last.reason, u"upstream is down"_s);

        // Put it back for the next row.
        api.post(u"/ops/v1/breakers/"_s + name + u"/release"_s, { { u"reason"_s, u"test"_s } });
        ws.close();
    }

private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_MAIN(TestBreakersView)
#include "tst_breakersview.moc"
