// SPDX-License-Identifier: MIT
// Switching the language in Edit > Preferences retranslates the open window at
// once, no restart: menus, area names, a view's buttons, a table's column
// headers, the environment banner, and the locale dates and numbers follow.
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/breakermodel.h"
#include "models/workspace.h"
#include "tests/support/simprocess.h"
#include "ui/breakers/breakersview.h"
#include "ui/common/consolelanguage.h"
#include "ui/common/environmentbanner.h"
#include "ui/common/preferencesdialog.h"
#include "ui/deadletters/deadlettersview.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int answerMs = 30'000;
}

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Edit > Preferences saves to the application's settings: the test's own, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));

        ConsoleLanguage::apply(u"en"_s);
        m_window = std::make_unique<MainWindow>(m_audit.get());
        m_deadLetters = qobject_cast<DeadLettersView *>(m_window->areaView(AreaId::DeadLetters));
        QVERIFY(m_deadLetters);
        auto *ws = new Workspace(
            ConnectionProfile::create(u"prod-eu"_s, m_sim.baseUrl(), Environment::Production),
            new OpsApiBackend(m_sim.baseUrl(), SimProcess::adminToken()), m_audit.get());
        m_window->addWorkspace(ws);
        m_window->show();
        ws->open();
        m_window->showArea(AreaId::Breakers);
        QTRY_VERIFY_WITH_TIMEOUT(ws->breakers()->rowCount() > 0, answerMs);
        m_breakersTable
            = m_window->areaView(AreaId::Breakers)->findChild<QTableView *>(u"breakers"_s);
        QVERIFY(m_breakersTable && m_breakersTable->model());
    }

    void cleanupTestCase()
    {
        if (m_window) {
            for (Workspace *w : m_window->workspaces())
                w->close();
        }
        m_window.reset();
        ConsoleLanguage::apply(u"en"_s);
    }

    void switchingRetranslatesTheOpenWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("editMenu");
        QTest::addColumn<QString>("overviewArea");
        QTest::addColumn<QString>("breakersArea");
        QTest::addColumn<QString>("resetButton");
        QTest::addColumn<QString>("retryButton");
        QTest::addColumn<QString>("stateColumn");
        QTest::addColumn<QString>("banner");
        QTest::addColumn<QString>("preferencesTitle");
        QTest::addColumn<QString>("decimal"); ///< 1234.5 as the language writes it
        // In this order, on the same window: German, then Romanian, then back to English.
        QTest::addRow("de") << u"de"_s << u"&Datei"_s << u"&Bearbeiten"_s << u"Übersicht"_s
                            << u"Circuit Breaker"_s << u"Zurücksetzen"_s << u"&Wiederholen"_s
                            << u"Zustand"_s << u"PRODUKTION — prod-eu"_s << u"Einstellungen"_s
                            << u"1.234,5"_s;
        QTest::addRow("ro") << u"ro"_s << u"&Fișier"_s << u"&Editare"_s << u"Prezentare"_s
                            << u"Întrerupătoare"_s << u"Resetează"_s << u"&Reîncearcă"_s
                            << u"Stare"_s << u"PRODUCȚIE — prod-eu"_s << u"Preferințe"_s
                            << u"1.234,5"_s;
        QTest::addRow("en") << u"en"_s << u"&File"_s << u"&Edit"_s << u"Overview"_s << u"Breakers"_s
                            << u"Reset"_s << u"&Retry"_s << u"State"_s << u"PRODUCTION — prod-eu"_s
                            << u"Preferences"_s << u"1,234.5"_s;
    }

    void switchingRetranslatesTheOpenWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, editMenu);
        QFETCH(QString, overviewArea);
        QFETCH(QString, breakersArea);
        QFETCH(QString, resetButton);
        QFETCH(QString, retryButton);
        QFETCH(QString, stateColumn);
        QFETCH(QString, banner);
        QFETCH(QString, preferencesTitle);
        QFETCH(QString, decimal);

        // The way an operator does it: Edit > Preferences, pick the language, Apply.
        QAction *preferences = m_window->findChild<QAction *>(u"preferences"_s);
        QVERIFY(preferences);
        preferences->trigger();
        auto *dialog = m_window->findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        dialog->chooseLanguage(language);
        QSignalSpy headers(m_breakersTable->model(), &QAbstractItemModel::headerDataChanged);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();

        QTRY_COMPARE(m_window->menuBar()->actions().at(0)->text(), fileMenu);
        QCOMPARE(m_window->menuBar()->actions().at(1)->text(), editMenu);
        auto *nav = m_window->findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(nav->item(0)->text(), overviewArea);
        QVERIFY(m_window->windowTitle().startsWith(breakersArea));
        QVERIFY(!nav->findItems(breakersArea, Qt::MatchExactly).isEmpty());

        auto *breakers = qobject_cast<BreakersView *>(m_window->areaView(AreaId::Breakers));
        QCOMPARE(breakers->action(BreakerAction::Reset)->text(), resetButton);
        QCOMPARE(m_deadLetters->actions().at(0)->text(), retryButton);

        // The table's header re-reads its titles: the model announced the change.
        QTRY_VERIFY(headers.count() > 0);
        QCOMPARE(m_breakersTable->model()
                     ->headerData(BreakerModel::StateColumn, Qt::Horizontal)
                     .toString(),
            stateColumn);
        QCOMPARE(m_window->findChild<EnvironmentBanner *>(u"environmentBanner"_s)->text(), banner);
        QCOMPARE(dialog->windowTitle(), preferencesTitle);

        QCOMPARE(QLocale().toString(1234.5, 'f', 1), decimal);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), language);
        QCOMPARE(ConsoleLanguage::current(), language);
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    }

    void choiceIsSavedAndTheCommandLineWins()
    {
        PreferencesDialog dialog(m_settings.get());
        dialog.chooseLanguage(u"ro"_s);
        dialog.apply();
        QCOMPARE(ConsoleLanguage::saved(*m_settings), u"ro"_s);
        QCOMPARE(ConsoleLanguage::startLanguage(*m_settings, QString()), u"ro"_s);
        QCOMPARE(ConsoleLanguage::startLanguage(*m_settings, u"de"_s), u"de"_s);
        QCOMPARE(ConsoleLanguage::startLanguage(*m_settings, u"xx"_s), u"ro"_s);
        dialog.chooseLanguage(u"en"_s);
        dialog.apply();
        QCOMPARE(ConsoleLanguage::current(), u"en"_s);
    }

    void englishCountsReadAsWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en one") << u"en"_s << 1 << u"1 dead letter"_s;
        QTest::addRow("en many") << u"en"_s << 600 << u"600 dead letters"_s;
        QTest::addRow("de many") << u"de"_s << 600 << u"600 Dead Letters"_s;
    }

    void englishCountsReadAsWords()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(ConsoleLanguage::apply(language));
        // What the Dead letters view's row count says, not "600 dead letter(s)".
        QCOMPARE(
            QCoreApplication::translate("DeadLettersView", "%n dead letter(s)", nullptr, count),
            expected);
        QVERIFY(ConsoleLanguage::apply(u"en"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<QSettings> m_settings;
    SimProcess m_sim;
    std::unique_ptr<MainWindow> m_window;
    DeadLettersView *m_deadLetters = nullptr;
    QTableView *m_breakersTable = nullptr;
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
