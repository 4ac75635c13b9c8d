// SPDX-License-Identifier: MIT
// The one list of the console's areas (ConsoleAreas) and how the window
// follows it: navigation and View menu in its order, one shortcut each, and an
// area that does not apply to the selected back end out of sight.
#include "core/backend.h"
#include "models/auditlog.h"
#include "models/workspace.h"
#include "ui/consoleareas.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** A back end that offers exactly the capabilities it is given and is never asked for data. */
class CapabilityBackend : public Backend {
public:
    explicit CapabilityBackend(Capabilities capabilities)
        : m_capabilities(capabilities)
    {
    }
    Capabilities capabilities() const override { return m_capabilities; }
    QString displayName() const override { return u"capabilities"_s; }
    void open() override { setConnectionState(ConnectionState::Connected); }
    void close() override { setConnectionState(ConnectionState::Disconnected); }
    RequestId fetchInfo(QObject *context, Callback<BackendInfo> done) override
    {
        return answerLater<BackendInfo>(context, std::move(done), BackendInfo {});
    }

private:
    Capabilities m_capabilities;
};

/** A stand-in area: a label named after it. */
AreaRegistration stubArea(AreaId id, const QString &name, int digit,
    std::function<bool(const Workspace &)> appliesTo = {})
{
    return { id, [name] { return name; }, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + digit)), name,
        [name](QWidget *parent, const AreaContext &) {
            auto *label = new QLabel(name, parent);
            label->setObjectName(name);
            return AreaInstance { label, {} };
        },
        std::move(appliesTo) };
}

QStringList navigationTexts(const MainWindow &window)
{
    QStringList texts;
    auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
    for (int row = 0; row < nav->count(); ++row) {
        if (!nav->item(row)->isHidden())
            texts.append(nav->item(row)->text());
    }
    return texts;
}

/** The View menu's visible entries that show an area (those with a Ctrl+digit shortcut). */
QStringList viewMenuAreas(const MainWindow &window)
{
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu() || menu->menu()->title() != MainWindow::tr("&View"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            static const QRegularExpression areaShortcut(u"^Ctrl\\+\\d$"_s);
            if (action->isVisible() && areaShortcut.match(action->shortcut().toString()).hasMatch())
                texts.append(action->text());
        }
    }
    return texts;
}

} // namespace

class TestConsoleAreas : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
    }

    void listsEveryAreaInNavigationOrder()
    {
        const QList<AreaRegistration> areas = ConsoleAreas::all();
        const QList<AreaId> expected { AreaId::Overview, AreaId::Metrics, AreaId::Syncs,
            AreaId::DeadLetters, AreaId::Breakers, AreaId::Audit, AreaId::Operations };
        QCOMPARE(areas.size(), expected.size());
        QSet<int> ids;
        QSet<QString> shortcuts;
        QSet<QString> titles;
        QSet<QString> icons;
        for (int i = 0; i < areas.size(); ++i) {
            const AreaRegistration &area = areas.at(i);
            QCOMPARE(area.id, expected.at(i));
            // Ctrl+1 is the first area, Ctrl+2 the second...
            QCOMPARE(area.shortcut, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            QVERIFY(area.title && !area.title().isEmpty());
            QCOMPARE(ConsoleAreas::title(area.id), area.title());
            QVERIFY(!area.iconName.isEmpty());
            QVERIFY(area.create);
            ids.insert(int(area.id));
            shortcuts.insert(area.shortcut.toString());
            titles.insert(area.title());
            icons.insert(area.iconName);
        }
        QCOMPARE(ids.size(), areas.size());
        QCOMPARE(shortcuts.size(), areas.size());
        QCOMPARE(titles.size(), areas.size());
        QCOMPARE(icons.size(), areas.size());
    }

    void everyAreaAppliesToEveryBackEnd()
    {
        // Today each view explains itself what a back end lacks; none is hidden.
        auto *workspace
            = new Workspace(ConnectionProfile::create(
                                u"bare"_s, QUrl(u"http://127.0.0.1:1"_s), Environment::Development),
                new CapabilityBackend({}), m_audit.get());
        MainWindow window(m_audit.get());
        window.addWorkspace(workspace);
        for (const AreaRegistration &area : ConsoleAreas::all())
            QVERIFY2(window.isAreaShown(area.id), qPrintable(area.title()));
    }

    void windowFollowsTheList()
    {
        MainWindow window(m_audit.get());
        QStringList titles;
        for (const AreaRegistration &area : ConsoleAreas::all()) {
            titles.append(area.title());
            QVERIFY2(window.areaView(area.id), qPrintable(area.title()));
        }
        QCOMPARE(navigationTexts(window), titles);
        QCOMPARE(viewMenuAreas(window), titles);
        QCOMPARE(window.currentArea(), AreaId::Overview);
    }

    void areaThatDoesNotApplyIsNotShown()
    {
        // Moving dead letters to a queue stands in for a capability some back ends lack.
        MainWindow window(m_audit.get(),
            { stubArea(AreaId::Overview, u"Home"_s, 1),
                stubArea(AreaId::DeadLetters, u"Queues"_s, 2,
                    [](const Workspace &w) { return w.has(Capability::DeadLetterMove); }),
                stubArea(AreaId::Audit, u"Log"_s, 3) });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // No back end open: an area with a condition has nothing to apply to.
        QCOMPARE(navigationTexts(window), (QStringList { u"Home"_s, u"Log"_s }));
        QVERIFY(!window.isAreaShown(AreaId::DeadLetters));

        auto *plain = new Workspace(ConnectionProfile::create(u"ops"_s,
                                        QUrl(u"http://127.0.0.1:1"_s), Environment::Staging),
            new CapabilityBackend(Capability::DeadLetters), m_audit.get());
        auto *queues = new Workspace(ConnectionProfile::create(u"rabbit"_s,
                                         QUrl(u"http://127.0.0.1:2"_s), Environment::Staging),
            new CapabilityBackend(Capability::DeadLetters | Capability::DeadLetterMove),
            m_audit.get());
        window.addWorkspace(plain);
        QCOMPARE(navigationTexts(window), (QStringList { u"Home"_s, u"Log"_s }));
        QCOMPARE(viewMenuAreas(window), (QStringList { u"Home"_s, u"Log"_s }));
        // Neither its shortcut nor a link opens it.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), AreaId::Overview);
        window.showArea(AreaId::DeadLetters);
        QCOMPARE(window.currentArea(), AreaId::Overview);

        window.addWorkspace(queues);
        QCOMPARE(window.currentWorkspace(), queues);
        QCOMPARE(navigationTexts(window), (QStringList { u"Home"_s, u"Queues"_s, u"Log"_s }));
        QCOMPARE(viewMenuAreas(window), (QStringList { u"Home"_s, u"Queues"_s, u"Log"_s }));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), AreaId::DeadLetters);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget()->objectName(), u"Queues"_s);

        // Back to a back end it does not apply to, while it is shown: the first area instead.
        window.setCurrentWorkspace(plain);
        QCOMPARE(navigationTexts(window), (QStringList { u"Home"_s, u"Log"_s }));
        QCOMPARE(window.currentArea(), AreaId::Overview);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget()->objectName(), u"Home"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_MAIN(TestConsoleAreas)
#include "tst_consoleareas.moc"
