// SPDX-License-Identifier: MIT
// The Romanian and German catalogues are complete: every message the console
// shows is translated, none is left over from a string that is gone, plural
// messages have every form the language needs, and no translation drops or
// invents a %1 placeholder. The build runs lupdate first, so the .ts files
// hold exactly the messages of the current sources.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; ///< one, or one per numerus form
};

struct Catalogue {
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue read(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (!xml.readNext() || !xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            catalogue.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message
                = Message { context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {} };
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return catalogue;
}

QString where(const Message &m)
{
    return u"%1: \"%2\""_s.arg(m.context, m.source);
}

/** The numbered placeholders (%1 ... %99, with or without L) of a text, as a set of numbers. */
QSet<int> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2})"_s);
    QSet<int> out;
    for (const auto &m : re.globalMatch(text))
        out.insert(m.captured(1).toInt());
    return out;
}

QString listed(const QStringList &problems)
{
    // Enough of the list to act on without flooding the log.
    const QStringList shown = problems.mid(0, 40);
    return u"%1 entries:\n  %2%3"_s.arg(problems.size())
        .arg(shown.join(u"\n  "_s), problems.size() > shown.size() ? u"\n  ..."_s : QString());
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogue_data();
    void catalogue();
    void everyMessageTranslated_data() { catalogue_data(); }
    void everyMessageTranslated();
    void noObsoleteMessages_data() { catalogue_data(); }
    void noObsoleteMessages();
    void pluralForms_data() { catalogue_data(); }
    void pluralForms();
    void placeholdersKept_data() { catalogue_data(); }
    void placeholdersKept();
    void pluralsSayTheCount_data() { catalogue_data(); }
    void pluralsSayTheCount();

private:
    Catalogue load();
};

void tst_Translations::catalogue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<int>("minimumMessages");
    // Romanian: one, few (0, 2-19, x01-x19), other; German: one, other. The
    // English catalogue holds only the %n messages (lupdate -pluralonly).
    QTest::addRow("ro") << u"breakwater_ro.ts"_s << u"ro_RO"_s << 3 << 300;
    QTest::addRow("de") << u"breakwater_de.ts"_s << u"de_DE"_s << 2 << 300;
    QTest::addRow("en") << u"breakwater_en.ts"_s << u"en_US"_s << 2 << 20;
}

Catalogue tst_Translations::load()
{
    QFETCH(QString, file);
    const QString dir = qEnvironmentVariable("BREAKWATER_SOURCE_DIR") + u"/translations/"_s;
    return read(dir + file);
}

void tst_Translations::catalogue()
{
    QFETCH(QString, language);
    const Catalogue c = load();
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.language, language);
    QFETCH(int, minimumMessages);
    // The console has hundreds of messages (dozens of plurals); a handful means lupdate saw no
    // sources.
    QVERIFY2(c.messages.size() > minimumMessages, qPrintable(QString::number(c.messages.size())));
}

void tst_Translations::everyMessageTranslated()
{
    const Catalogue c = load();
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QStringList problems;
    for (const Message &m : c.messages) {
        if (m.type == "obsolete"_L1 || m.type == "vanished"_L1)
            continue; // noObsoleteMessages
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
            [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.type == "unfinished"_L1 || m.translations.isEmpty() || empty)
            problems.append(where(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"Unfinished: "_s + listed(problems)));
}

void tst_Translations::noObsoleteMessages()
{
    const Catalogue c = load();
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QStringList problems;
    for (const Message &m : c.messages) {
        if (m.type == "obsolete"_L1 || m.type == "vanished"_L1)
            problems.append(where(m));
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"No longer in the sources (translate their successors, then build the "
                   "translations_prune target): "_s
            + listed(problems)));
}

void tst_Translations::pluralForms()
{
    QFETCH(int, pluralForms);
    const Catalogue c = load();
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QStringList problems;
    int plurals = 0;
    for (const Message &m : c.messages) {
        if (!m.numerus || m.type == "obsolete"_L1 || m.type == "vanished"_L1)
            continue;
        ++plurals;
        if (m.translations.size() != pluralForms)
            problems.append(
                u"%1 has %2 forms"_s.arg(where(m), QString::number(m.translations.size())));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"Plural forms: "_s + listed(problems)));
    QVERIFY2(plurals > 0, "no %n message at all: lupdate did not mark any as numerus");
}

void tst_Translations::placeholdersKept()
{
    const Catalogue c = load();
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QStringList problems;
    for (const Message &m : c.messages) {
        if (m.type == "obsolete"_L1 || m.type == "vanished"_L1)
            continue;
        const QSet<int> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != expected)
                problems.append(u"%1 -> \"%2\""_s.arg(where(m), t));
        }
    }
    QVERIFY2(
        problems.isEmpty(), qPrintable(u"Placeholders dropped or added: "_s + listed(problems)));
}

void tst_Translations::pluralsSayTheCount()
{
    // A message that says %n must say it in its "other" form too: the form most numbers take.
    const Catalogue c = load();
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QStringList problems;
    static const QRegularExpression count(u"%L?n"_s);
    for (const Message &m : c.messages) {
        if (!m.numerus || m.type == "obsolete"_L1 || m.type == "vanished"_L1
            || m.translations.isEmpty() || !m.source.contains(count))
            continue;
        if (!m.translations.constLast().contains(count))
            problems.append(u"%1 -> \"%2\""_s.arg(where(m), m.translations.constLast()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"Plural without %n: "_s + listed(problems)));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
