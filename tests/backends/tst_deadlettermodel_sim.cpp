// SPDX-License-Identifier: MIT
// DeadLetterModel over the real Ops API connector and a real breakwater-sim:
// paging with the server's cursors, server-side filters, refresh in place.
#include "backends/opsapibackend.h"
#include "models/deadlettermodel.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestDeadLetterModelSim : public QObject {
    Q_OBJECT

    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<OpsApiBackend> m_backend;
    std::unique_ptr<DeadLetterModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    /** Stores `count` letters; returns the id of the newest. */
    qint64 generate(int count, const QString &source, const QString &errorClass = {})
    {
        QJsonObject body { { u"count"_s, count }, { u"source"_s, source } };
        if (!errorClass.isEmpty())
            body.insert(u"errorClass"_s, errorClass);
        const auto reply = m_admin->post(u"/sim/v1/deadletters/generate"_s, body);
        if (reply.status != 201)
            qWarning("generate failed: %s", reply.describe().constData());
        return reply.json().value(u"lastId"_s).toInteger();
    }
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 20000); }
    void loadAll()
    {
        QSignalSpy total(m_model.get(), &DeadLetterModel::totalLoaded);
        m_model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(total.count() == 1, 60000);
    }
    /** Ids shown are strictly descending, so none is shown twice. */
    bool newestFirstWithoutDuplicates() const
    {
        for (int row = 1; row < m_model->rowCount(); ++row)
            if (m_model->idAt(row) >= m_model->idAt(row - 1))
                return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        QVERIFY(generate(2500, u"orders-export"_s) > 0);
        QVERIFY(generate(700, u"payments"_s, u"RateLimited"_s) > 0);
    }
    void init()
    {
        m_backend = std::make_unique<OpsApiBackend>(m_sim.baseUrl(), SimProcess::viewerToken());
        m_backend->open();
        m_model = std::make_unique<DeadLetterModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setBackend(m_backend.get());
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_backend.reset();
    }

    void pagesThroughEveryLetter()
    {
        // The tester asks for more after every insert, like a view scrolled to the end.
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QTRY_VERIFY_WITH_TIMEOUT(!inserted.isEmpty(), 20000);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), DeadLetterModel::DefaultPageSize - 1);
        QCOMPARE(m_model->index(0, DeadLetterModel::Source).data().toString(), u"payments"_s);
        loadAll();
        const int total = m_model->rowCount();
        QVERIFY2(total >= 3200, qPrintable(QString::number(total)));
        QCOMPARE(inserted.count(), (total + 999) / 1000);
        QVERIFY(newestFirstWithoutDuplicates());
        QVERIFY(!m_model->canFetchMore({}));
        QVERIFY(m_model->bytesHeld() / total < 200);
    }

    void filtersOnTheServer()
    {
        QVERIFY(m_model->setFilter(u"source:payments error:RateLimited"_s));
        loadAll();
        QCOMPARE(m_model->rowCount(), 700);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(m_model->index(row, DeadLetterModel::Source).data().toString(), u"payments"_s);
            QCOMPARE(m_model->index(row, DeadLetterModel::ErrorClass).data().toString(),
                u"RateLimited"_s);
        }
        QVERIFY(newestFirstWithoutDuplicates());
        QCOMPARE(m_model->strings().find(u"orders-export"), StringPool::NotFound);
    }

    void refreshKeepsTheCurrentRow()
    {
        QVERIFY(m_model->setFilter(u"source:payments"_s));
        settle();
        const qint64 followedId = m_model->idAt(10);
        const QPersistentModelIndex current = m_model->index(10, DeadLetterModel::Message);
        const qint64 goneId = m_model->idAt(3);
        const auto deleted = m_admin->send("DELETE", u"/ops/v1/deadletters/%1"_s.arg(goneId), {},
            QJsonDocument(QJsonObject { { u"reason"_s, u"test"_s } }).toJson());
        QVERIFY2(deleted.status == 200, deleted.describe().constData());
        const qint64 newest = generate(5, u"payments"_s);
        const int before = m_model->rowCount();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        m_model->invalidate();
        settle();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->idAt(0), newest);
        QCOMPARE(m_model->rowOfId(goneId), -1);
        QVERIFY(m_model->rowCount() >= before + 4);
        QVERIFY(newestFirstWithoutDuplicates());
        QVERIFY(current.isValid());
        QCOMPARE(current.data(DeadLetterModel::IdRole).toLongLong(), followedId);
        QCOMPARE(current.row(), 10 + 5 - 1);
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterModelSim)
#include "tst_deadlettermodel_sim.moc"
