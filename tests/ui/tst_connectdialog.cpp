// SPDX-License-Identifier: MIT
// The connection dialog: the RabbitMQ fields, the dead-letter queue pattern
// and what keeps Connect disabled.
#include "core/rabbitmessage.h"
#include "ui/common/connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectDialog : public QObject {
    Q_OBJECT
private:
    static QLineEdit *field(ConnectDialog &d, const QString &name)
    {
        return d.findChild<QLineEdit *>(name);
    }
    static QPushButton *connectButton(ConnectDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static void fillRabbit(ConnectDialog &d)
    {
        auto *kind = d.findChild<QComboBox *>(u"kind"_s);
        kind->setCurrentIndex(kind->findData(int(BackendKind::RabbitMq)));
        field(d, u"name"_s)->setText(u"broker"_s);
        field(d, u"url"_s)->setText(u"http://127.0.0.1:15999/"_s);
        field(d, u"amqpUrl"_s)->setText(u"amqp://127.0.0.1:5999/"_s);
        field(d, u"user"_s)->setText(u"ops"_s);
        field(d, u"token"_s)->setText(u"secret"_s);
    }

private Q_SLOTS:
    void patternFieldOnlyForRabbitMq()
    {
        ConnectDialog d(true);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QLineEdit *pattern = field(d, u"deadLetterPattern"_s);
        QVERIFY(pattern);
        QVERIFY(!pattern->isVisible());
        fillRabbit(d);
        QVERIFY(pattern->isVisible());
        // The default is shown, not pre-filled: an empty field keeps following it.
        QCOMPARE(pattern->placeholderText(), defaultDeadLetterNamePattern.toString());
        QVERIFY(connectButton(d)->isEnabled());
        QVERIFY(d.profile().deadLetterPattern.isEmpty());
    }

    void invalidPatternKeepsConnectDisabled()
    {
        ConnectDialog d(true);
        fillRabbit(d);
        field(d, u"deadLetterPattern"_s)->setText(u"(dlq|parking"_s);
        QVERIFY(!connectButton(d)->isEnabled());
        bool shown = false;
        for (const QLabel *label : d.findChildren<QLabel *>())
            shown = shown || label->text().contains(u"dead-letter queue pattern"_s);
        QVERIFY2(shown, "the reason Connect is disabled is on screen");

        field(d, u"deadLetterPattern"_s)->setText(u"  \\.(failed|parking)$ "_s);
        QVERIFY(connectButton(d)->isEnabled());
        QCOMPARE(d.profile().deadLetterPattern, u"\\.(failed|parking)$"_s);
        QCOMPARE(d.profile().kind, BackendKind::RabbitMq);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
