// SPDX-License-Identifier: MIT
// Two situations, chosen by the environment, so neither depends on the
// machine's own keychain:
// - tests/keychain/run-in-keyring.sh (CTest keychain/tst_secretstore): a real
//   Secret Service (gnome-keyring) in a private D-Bus session and HOME;
// - run directly (CTest backends/tst_secretstore): D-Bus pointed nowhere and a
//   private HOME, as on a workstation without any keychain.
// Hence a main() of our own rather than QTEST_GUILESS_MAIN.
#include "models/auditlog.h"
#include "models/connectionprofile.h"
#include "models/profilestore.h"
#include "models/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int keychainMs = 10'000;

/** What a caller of SecretStore receives. */
struct Answer {
    std::optional<SecretResult> result;
    SecretStore::Done callback()
    {
        return [this](const SecretResult &r) { result = r; };
    }
};

SecretResult await(const std::function<void(SecretStore::Done)> &call)
{
    Answer answer;
    call(answer.callback());
    if (!QTest::qWaitFor([&] { return answer.result.has_value(); }, keychainMs))
        return SecretResult { false, false, {}, u"no answer within the deadline"_s };
    return *answer.result;
}

/** A token as an operator pastes it, distinct per profile so a search cannot match by accident. */
QByteArray tokenFor(int i)
{
    return "bw-secret-" + QByteArray::number(i) + "-q7Xz9LmP2vR4tY8w";
}

/** The file `root`, or the files under the folder `root`, that contain any of `needles` as is,
    in hex, base64 or percent-encoded. */
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QList<QByteArray> forms;
    for (const QByteArray &n : needles)
        forms << n << n.toHex() << n.toBase64() << n.toPercentEncoding();
    QStringList files;
    if (QFileInfo(root).isFile()) {
        files << root;
    } else {
        QDirIterator it(
            root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QStringList hits;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        for (const QByteArray &form : forms) {
            if (content.contains(form)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

QString home()
{
    return qEnvironmentVariable("HOME");
}

} // namespace

/** A real Secret Service answers. */
class TestSecretStoreKeyring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savedTokenIsReadBackByAnotherStore()
    {
        const QString id = ConnectionProfile::newId();
        SecretStore store;
        const SecretResult saved
            = await([&](auto done) { store.saveToken(id, tokenFor(1), this, done); });
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY(saved.persisted);
        QVERIFY(store.keychainAvailable());

        // A fresh store has no session copy: the token can only come from the keychain.
        SecretStore next;
        const SecretResult read = await([&](auto done) { next.readToken(id, this, done); });
        QVERIFY2(read.ok, qPrintable(read.message));
        QVERIFY(read.persisted);
        QCOMPARE(read.token, tokenFor(1));

        const SecretResult removed = await([&](auto done) { next.removeToken(id, this, done); });
        QVERIFY2(removed.ok, qPrintable(removed.message));
        const SecretResult gone = await([&](auto done) { store.readToken(id, this, done); });
        QVERIFY(!gone.ok);
        QVERIFY(gone.message.isEmpty()); // not found is not an error
    }

    void noTokenReachesAFileOutsideTheKeychain()
    {
        const QString config = home() + u"/.config/Breakwater/breakwater.ini"_s;
        const QString auditPath = home() + u"/.local/share/Breakwater/audit.sqlite"_s;
        QSettings settings(config, QSettings::IniFormat);
        ProfileStore profiles(&settings);
        AuditLog audit(auditPath);
        QVERIFY(audit.open());
        SecretStore store;

        QList<QByteArray> tokens;
        for (int i = 0; i < 3; ++i) {
            const ConnectionProfile p = ConnectionProfile::create(u"backend %1"_s.arg(i),
                QUrl(u"https://ops%1.example.com"_s.arg(i)),
                i == 0 ? Environment::Production : Environment::Staging);
            QVERIFY(profiles.save(p));
            tokens << tokenFor(100 + i);
            const SecretResult saved
                = await([&](auto done) { store.saveToken(p.id, tokens.last(), this, done); });
            QVERIFY2(saved.ok && saved.persisted, qPrintable(saved.message));
            AuditRecord r;
            r.tokenId = u"token-%1"_s.arg(i);
            r.backendName = p.name;
            r.backendUrl = p.url.toString();
            r.environment = environmentName(p.environment);
            r.action = u"breaker.force-open"_s;
            r.target = u"payments"_s;
            r.reason = u"incident"_s;
            r.succeeded = true;
            QVERIFY(audit.append(r));
            // Each token reads back, so the search below looks at a keychain that holds them.
            const SecretResult read = await([&](auto done) { store.readToken(p.id, this, done); });
            QCOMPARE(read.token, tokens.last());
        }
        settings.sync();
        QVERIFY(QFile::exists(config));
        QVERIFY(QFile::exists(auditPath));

        QCOMPARE(filesContaining(config, tokens), QStringList());
        QCOMPARE(filesContaining(QFileInfo(auditPath).absolutePath(), tokens), QStringList());
        for (const QString &folder : { u".config"_s, u".cache"_s, u".local"_s })
            QCOMPARE(filesContaining(home() + u'/' + folder, tokens), QStringList());
        // The search does find what is there: the profiles file holds the URLs, the audit log the
        // token ids.
        QCOMPARE(filesContaining(config, { "ops1.example.com"_ba }), QStringList { config });
        QVERIFY(!filesContaining(home() + u"/.local"_s, { "token-2"_ba }).isEmpty());
    }
};

/** No D-Bus, so no keychain: tokens live in memory for this session only. */
class TestSecretStoreFallback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenIsKeptInMemoryForTheSession()
    {
        const QString id = ConnectionProfile::newId();
        SecretStore store;
        QSignalSpy availability(&store, &SecretStore::keychainAvailableChanged);
        const SecretResult saved
            = await([&](auto done) { store.saveToken(id, tokenFor(7), this, done); });
        QVERIFY(saved.ok);
        QVERIFY(!saved.persisted);
        QVERIFY(!saved.message.isEmpty()); // the UI tells the operator it will ask again
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);

        const SecretResult read = await([&](auto done) { store.readToken(id, this, done); });
        QVERIFY(read.ok);
        QVERIFY(!read.persisted);
        QCOMPARE(read.token, tokenFor(7));

        // Another session (a new store) does not have it: nothing was written anywhere.
        SecretStore nextSession;
        const SecretResult elsewhere
            = await([&](auto done) { nextSession.readToken(id, this, done); });
        QVERIFY(!elsewhere.ok);
        QVERIFY(!nextSession.keychainAvailable());
        QCOMPARE(filesContaining(home(), { tokenFor(7) }), QStringList());
    }

    void removeForgetsTheSessionToken()
    {
        const QString id = ConnectionProfile::newId();
        SecretStore store;
        QVERIFY(await([&](auto done) { store.saveToken(id, tokenFor(8), this, done); }).ok);
        QVERIFY(await([&](auto done) { store.removeToken(id, this, done); }).ok);
        const SecretResult read = await([&](auto done) { store.readToken(id, this, done); });
        QVERIFY(!read.ok);
        QVERIFY(read.token.isEmpty());
    }

    void answersOnlyWhileTheContextLives()
    {
        SecretStore store;
        auto context = std::make_unique<QObject>();
        bool called = false;
        store.saveToken(ConnectionProfile::newId(), tokenFor(9), context.get(),
            [&](const SecretResult &) { called = true; });
        context.reset();
        // The job still finishes (and keeps the token); only the caller is gone.
        QTRY_VERIFY_WITH_TIMEOUT(!store.keychainAvailable(), keychainMs);
        QVERIFY(!called);
    }
};

int main(int argc, char **argv)
{
    const bool keyring = qEnvironmentVariableIsSet("BREAKWATER_KEYRING_SESSION");
    std::unique_ptr<QTemporaryDir> privateHome;
    if (!keyring) {
        // Set before anything talks to D-Bus: the session bus address is read once.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/breakwater-test-bus");
        privateHome = std::make_unique<QTemporaryDir>();
        qputenv("HOME", privateHome->path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (privateHome->path() + u"/.config"_s).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (privateHome->path() + u"/.local/share"_s).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", (privateHome->path() + u"/.cache"_s).toLocal8Bit());
    }
    QCoreApplication app(argc, argv);
    if (keyring) {
        TestSecretStoreKeyring test;
        return QTest::qExec(&test, argc, argv);
    }
    TestSecretStoreFallback test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
