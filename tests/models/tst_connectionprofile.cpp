// SPDX-License-Identifier: MIT
#include "models/connectionprofile.h"
#include "models/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        for (BackendKind k :
            { BackendKind::OpsApi, BackendKind::RabbitMq, BackendKind::Prometheus })
            QCOMPARE(backendKindFromName(backendKindName(k)), k);
        for (Environment e :
            { Environment::Development, Environment::Staging, Environment::Production })
            QCOMPARE(environmentFromName(environmentName(e)), e);
        QCOMPARE(backendKindName(BackendKind::OpsApi), u"ops-api"_s);
        QCOMPARE(environmentName(Environment::Production), u"production"_s);
        QVERIFY(!backendKindFromName(u"kafka"));
        QVERIFY(!environmentFromName(u"Production"));
    }

    void productionIsRed()
    {
        // Pure red dominates: the operator cannot mistake prod for anything else.
        const QString red = environmentColorName(Environment::Production);
        QCOMPARE(red.size(), 7);
        const int r = red.mid(1, 2).toInt(nullptr, 16);
        const int g = red.mid(3, 2).toInt(nullptr, 16);
        const int b = red.mid(5, 2).toInt(nullptr, 16);
        QVERIFY(r >= 0xc0 && g <= 0x30 && b <= 0x30);
        QVERIFY(environmentColorName(Environment::Staging) != red);
        QVERIFY(environmentColorName(Environment::Development) != red);
        QCOMPARE(environmentLabel(Environment::Production), u"Production"_s);
    }

    void validity_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addRow("https") << u"prod"_s << u"https://ops.example.com"_s << true;
        QTest::addRow("http with port") << u"sim"_s << u"http://127.0.0.1:8080"_s << true;
        QTest::addRow("no name") << u"  "_s << u"https://ops.example.com"_s << false;
        QTest::addRow("no host") << u"prod"_s << u"https://"_s << false;
        QTest::addRow("not http") << u"prod"_s << u"ftp://ops.example.com"_s << false;
        QTest::addRow("relative") << u"prod"_s << u"ops.example.com"_s << false;
    }
    void validity()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QTEST(ConnectionProfile::create(name, QUrl(url)).isValid(), "valid");
    }

    void idsAreUnique()
    {
        const ConnectionProfile a = ConnectionProfile::create(u"a"_s, QUrl(u"https://a.example"_s));
        const ConnectionProfile b = ConnectionProfile::create(u"a"_s, QUrl(u"https://a.example"_s));
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.id != b.id);
        QVERIFY(!a.id.contains(u'{'));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"breakwater.ini"_s);
        ConnectionProfile prod = ConnectionProfile::create(
            u"prod"_s, QUrl(u"https://ops.example.com:8443"_s), Environment::Production);
        prod.readOnly = true;
        ConnectionProfile sim
            = ConnectionProfile::create(u"Demo sim"_s, QUrl(u"http://127.0.0.1:9000"_s));
        sim.verifyTls = false;
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QVERIFY(store.save(prod));
            QVERIFY(store.save(sim));
            QCOMPARE(changed.size(), 2);
        }
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        const QList<ConnectionProfile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        // Sorted by name for the profile list.
        QCOMPARE(all.at(0), sim);
        QCOMPARE(all.at(1), prod);
        QCOMPARE(store.profile(prod.id), prod);
        QVERIFY(!store.profile(u"nope"_s));

        prod.name = u"production EU"_s;
        QVERIFY(store.save(prod));
        QCOMPARE(store.profile(prod.id)->name, u"production EU"_s);
        QCOMPARE(store.profiles().size(), 2);

        store.remove(sim.id);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!store.profile(sim.id));
    }

    void rabbitProfileKeepsItsBrokerFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"breakwater.ini"_s);
        ConnectionProfile rabbit = ConnectionProfile::create(u"broker"_s,
            QUrl(u"http://127.0.0.1:15999/"_s), Environment::Staging, BackendKind::RabbitMq);
        rabbit.amqpUrl = QUrl(u"amqp://127.0.0.1:5999/"_s);
        rabbit.vhost = u"orders"_s;
        rabbit.user = u"ops"_s;
        rabbit.deadLetterPattern = u"\\.(failed|retry-later)$"_s;
        {
            QSettings settings(path, QSettings::IniFormat);
            QVERIFY(ProfileStore(&settings).save(rabbit));
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(ProfileStore(&settings).profile(rabbit.id), rabbit);
    }

    void invalidProfilesAreNotSaved()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(!store.save(ConnectionProfile::create(u"x"_s, QUrl(u"ftp://x"_s))));
        ConnectionProfile sneaky = ConnectionProfile::create(u"x"_s, QUrl(u"https://x.example"_s));
        sneaky.id = u"a/b"_s;
        QVERIFY(!store.save(sneaky));
        QVERIFY(store.profiles().isEmpty());
    }

    void brokenEntriesAreSkipped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.save(ConnectionProfile::create(u"good"_s, QUrl(u"https://good.example"_s))));
        settings.setValue(u"profiles/bad1/name"_s, u"bad kind"_s);
        settings.setValue(u"profiles/bad1/url"_s, u"https://bad.example"_s);
        settings.setValue(u"profiles/bad1/kind"_s, u"kafka"_s);
        settings.setValue(u"profiles/bad2/name"_s, u"no url"_s);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().at(0).name, u"good"_s);
    }

    void credentialsInTheUrlAreNotStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            QVERIFY(store.save(ConnectionProfile::create(
                u"p"_s, QUrl(u"https://bob:hunter2secret@ops.example.com"_s))));
            QCOMPARE(store.profiles().at(0).url, QUrl(u"https://ops.example.com"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("ops.example.com"));
        QVERIFY(!text.contains("hunter2secret"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
