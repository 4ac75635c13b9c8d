// SPDX-License-Identifier: MIT
#include "ui/common/confirmactiondialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConfirmActionDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void okNeedsReasonAndTypedConfirmation_data();
    void okNeedsReasonAndTypedConfirmation();
    void escapeCancels();
    void reasonHasFocusAndIsCapped();
};

static QPushButton *okButton(ConfirmActionDialog *d)
{
    return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestConfirmActionDialog::okNeedsReasonAndTypedConfirmation_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("mustType"); // empty: nothing to type

    QTest::addRow("development, one item") << Environment::Development << qint64(1) << QString();
    QTest::addRow("staging, 99 items") << Environment::Staging << qint64(99) << QString();
    QTest::addRow("staging, 250 items") << Environment::Staging << qint64(250) << u"250"_s;
    QTest::addRow("production, one item")
        << Environment::Production << qint64(1) << u"production"_s;
}

void TestConfirmActionDialog::okNeedsReasonAndTypedConfirmation()
{
    QFETCH(Environment, environment);
    QFETCH(qint64, count);
    QFETCH(QString, mustType);

    QWidget parent;
    auto *dialog = new ConfirmActionDialog(
        { u"Force open breaker"_s, u"payments-webhooks"_s, count, environment, u"prod-eu"_s },
        &parent);
    QSignalSpy confirmed(dialog, &ConfirmActionDialog::confirmed);
    dialog->open();
    QCOMPARE(dialog->requiredConfirmation(), mustType);

    QVERIFY(!okButton(dialog)->isEnabled());
    auto *reason = dialog->findChild<QLineEdit *>(u"reason"_s);
    QTest::keyClicks(reason, u"   "_s);
    QVERIFY2(!okButton(dialog)->isEnabled(), "a blank reason is no reason");
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(confirmed.size(), 0);

    QTest::keyClicks(reason, u"upstream down"_s);
    auto *typed = dialog->findChild<QLineEdit *>(u"typedConfirmation"_s);
    QCOMPARE(typed != nullptr, !mustType.isEmpty());
    if (typed) {
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(confirmed.size(), 0);
        QTest::keyClicks(typed, mustType.left(mustType.size() - 1));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(typed, mustType.right(1));
    }
    QVERIFY(okButton(dialog)->isEnabled());
    okButton(dialog)->click();
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().first().toString(), u"upstream down"_s);
}

void TestConfirmActionDialog::escapeCancels()
{
    QWidget parent;
    parent.show();
    auto *dialog = new ConfirmActionDialog(
        { u"Reset breaker"_s, u"erp-orders"_s, 1, Environment::Staging, u"staging"_s }, &parent);
    QSignalSpy confirmed(dialog, &ConfirmActionDialog::confirmed);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    dialog->open();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"why not"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(confirmed.size(), 0);
}

void TestConfirmActionDialog::reasonHasFocusAndIsCapped()
{
    QWidget parent;
    parent.show();
    auto *dialog = new ConfirmActionDialog(
        { u"Cancel sync"_s, u"sync-1"_s, 1, Environment::Development, u"Demo"_s }, &parent);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *reason = dialog->findChild<QLineEdit *>(u"reason"_s);
    QCOMPARE(QApplication::focusWidget(), reason);
    reason->setText(QString(600, u'x'));
    QCOMPARE(dialog->reason().size(), ConfirmActionDialog::MaxReasonLength);
}

QTEST_MAIN(TestConfirmActionDialog)
#include "tst_confirmactiondialog.moc"
