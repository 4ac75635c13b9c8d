// SPDX-License-Identifier: MIT
#include "reports/reportcollector.h"

#include "core/backend.h"
#include "core/wiretime.h"
#include "models/auditlog.h"
#include "reports/redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int pageSize = 1000;
/** Groups past this many get no samples: the PDF shows the largest groups in detail. */
constexpr int maxSampledGroups = 100;

enum Step {
    Info,
    Metrics,
    Breakers,
    Transitions,
    Syncs,
    GroupsInRange,
    GroupsTotal,
    Letters,
    Samples,
    Done
};

/** A missing optional part is a note in the report; anything else ends the run. */
bool isOptionalMiss(const BackendError &e)
{
    return e.kind == BackendError::Kind::Unsupported || e.kind == BackendError::Kind::NotFound;
}

} // namespace

struct ReportCollector::Run {
    ReportData data;
    Redactor redactor;
    int step = Info;
    QString cursor;
    QList<qint64> sampleIds;
    qsizetype samplesFetched = 0;
    Backend::RequestId request = 0;
};

ReportCollector::ReportCollector(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

ReportCollector::~ReportCollector()
{
    cancel();
}

void ReportCollector::setAuditLog(AuditLog *log)
{
    m_auditLog = log;
}

void ReportCollector::setRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
}

void ReportCollector::setRedaction(const RedactionRules &rules)
{
    m_rules = rules;
}

void ReportCollector::setEnvironment(Environment environment)
{
    m_environment = environment;
}

void ReportCollector::setBackendUrl(const QString &url)
{
    m_backendUrl = url;
}

void ReportCollector::start()
{
    if (m_running)
        return;
    if (!m_backend) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(tr("There is no back end to report on.")); },
            Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_run = std::make_unique<Run>(Run { {}, Redactor(m_rules) });
    ReportData &d = m_run->data;
    d.generatedMs = QDateTime::currentMSecsSinceEpoch();
    d.backendName = m_backend->displayName();
    d.backendUrl = m_backendUrl;
    d.environment = m_environment;
    d.fromMs = m_fromMs;
    d.toMs = std::max(m_toMs, m_fromMs);
    d.redaction = m_rules;
    d.deadLettersTotal = -1;
    // Asynchronous from the first step: start() returns before any signal.
    QMetaObject::invokeMethod(this, &ReportCollector::next, Qt::QueuedConnection);
}

void ReportCollector::cancel()
{
    if (!m_running)
        return;
    if (m_backend && m_run && m_run->request)
        m_backend->cancel(m_run->request);
    m_run.reset();
    m_running = false;
}

void ReportCollector::fail(const QString &message)
{
    m_run.reset();
    m_running = false;
    Q_EMIT failed(message);
}

void ReportCollector::next()
{
    if (!m_run)
        return;
    if (!m_backend) {
        fail(tr("The back end was closed while the report was collected."));
        return;
    }
    Run &run = *m_run;
    ReportData &d = run.data;
    Backend *b = m_backend;
    // Each answer checks that its run is still the current one (cancel, restart).
    Run *self = m_run.get();
    auto current = [this, self] { return m_run && m_run.get() == self; };
    auto after = [this](int nextStep) {
        m_run->request = 0;
        m_run->step = nextStep;
        next();
    };
    const QString inRange
        = u"from:%1 to:%2"_s.arg(WireTime::format(d.fromMs), WireTime::format(d.toMs));

    switch (run.step) {
    case Info:
        Q_EMIT progress(2, tr("Reading the back end's identity"));
        run.request = b->fetchInfo(this, [=, this](const Result<BackendInfo> &r) {
            if (!current())
                return;
            if (!r)
                return fail(
                    tr("Could not read the back end's identity: %1").arg(r.error().message));
            m_run->data.info = r.value();
            after(Metrics);
        });
        return;
    case Metrics:
        Q_EMIT progress(8, tr("Reading metric history"));
        run.request = b->fetchMetricHistory(
            { d.fromMs, d.toMs, 0 }, this, [=, this](const Result<MetricHistory> &r) {
                if (!current())
                    return;
                if (r)
                    m_run->data.metrics = r.value();
                else if (isOptionalMiss(r.error()))
                    m_run->data.notes.append(
                        tr("Metric history: this back end does not offer it."));
                else
                    return fail(tr("Could not read the metric history: %1").arg(r.error().message));
                m_run->data.metrics.fromMs = m_run->data.fromMs;
                m_run->data.metrics.toMs = m_run->data.toMs;
                after(Breakers);
            });
        return;
    case Breakers:
        Q_EMIT progress(15, tr("Reading breakers"));
        run.request = b->fetchBreakers(this, [=, this](const Result<QList<BreakerSnapshot>> &r) {
            if (!current())
                return;
            if (r) {
                m_run->data.breakers = r.value();
                for (BreakerSnapshot &s : m_run->data.breakers)
                    for (BreakerTransition &t : s.transitions)
                        t.reason = m_run->redactor.redactText(t.reason);
            } else if (isOptionalMiss(r.error())) {
                m_run->data.notes.append(tr("Breakers: this back end has none."));
            } else {
                return fail(tr("Could not read the breakers: %1").arg(r.error().message));
            }
            after(Transitions);
        });
        return;
    case Transitions:
        Q_EMIT progress(20, tr("Reading breaker transitions"));
        run.request = b->fetchBreakerTransitions(
            d.fromMs, d.toMs, this, [=, this](const Result<BreakerTransitionLog> &r) {
                if (!current())
                    return;
                if (r) {
                    m_run->data.transitions = r.value();
                    for (auto &e : m_run->data.transitions.items)
                        e.transition.reason = m_run->redactor.redactText(e.transition.reason);
                } else if (isOptionalMiss(r.error())) {
                    m_run->data.notes.append(
                        tr("Breaker transitions: this back end does not offer their history."));
                } else {
                    return fail(
                        tr("Could not read the breaker transitions: %1").arg(r.error().message));
                }
                after(Syncs);
            });
        return;
    case Syncs:
        Q_EMIT progress(25, tr("Reading sync jobs"));
        run.request = b->fetchSyncs(this, [=, this](const Result<QList<SyncJob>> &r) {
            if (!current())
                return;
            if (r) {
                ReportData &data = m_run->data;
                for (SyncJob job : r.value()) {
                    const qint64 began = job.startedMs ? job.startedMs : job.createdMs;
                    const bool overlaps = began < data.toMs
                        && (job.finishedMs == 0 || job.finishedMs >= data.fromMs);
                    if (!overlaps)
                        continue;
                    job.error = m_run->redactor.redactText(job.error);
                    data.syncs.append(job);
                }
            } else if (isOptionalMiss(r.error())) {
                m_run->data.notes.append(tr("Sync jobs: this back end has none."));
            } else {
                return fail(tr("Could not read the sync jobs: %1").arg(r.error().message));
            }
            after(GroupsInRange);
        });
        return;
    case GroupsInRange:
        Q_EMIT progress(30, tr("Counting dead letters by cause"));
        run.request
            = b->fetchDeadLetterGroups(inRange, this, [=, this](const Result<DeadLetterGroups> &r) {
                  if (!current())
                      return;
                  if (!r) {
                      if (!isOptionalMiss(r.error()))
                          return fail(
                              tr("Could not count the dead letters: %1").arg(r.error().message));
                      m_run->data.notes.append(tr("Dead letters: this back end has none."));
                      return after(Done);
                  }
                  ReportData &data = m_run->data;
                  data.deadLetterGroups = r.value().items;
                  data.deadLettersInRange = r.value().total;
                  std::stable_sort(data.deadLetterGroups.begin(), data.deadLetterGroups.end(),
                      [](const DeadLetterGroup &a, const DeadLetterGroup &g) {
                          return a.count > g.count;
                      });
                  for (DeadLetterGroup &g : data.deadLetterGroups)
                      g.message = m_run->redactor.redactText(g.message);
                  after(GroupsTotal);
              });
        return;
    case GroupsTotal:
        run.request
            = b->fetchDeadLetterGroups({}, this, [=, this](const Result<DeadLetterGroups> &r) {
                  if (!current())
                      return;
                  if (r)
                      m_run->data.deadLettersTotal = r.value().total;
                  after(Letters);
              });
        return;
    case Letters: {
        const qint64 expected = std::max<qint64>(
            std::min<qint64>(d.deadLettersInRange, ReportData::deadLetterCap), 1);
        Q_EMIT progress(35 + int(45 * std::min<qint64>(d.deadLetters.size(), expected) / expected),
            tr("Reading dead letters (%1 of %2)")
                .arg(d.deadLetters.size())
                .arg(d.deadLettersInRange));
        DeadLetterPageRequest request { inRange, pageSize, run.cursor };
        run.request
            = b->fetchDeadLetters(request, this, [=, this](const Result<DeadLetterPage> &r) {
                  if (!current())
                      return;
                  if (!r)
                      return fail(tr("Could not read the dead letters: %1").arg(r.error().message));
                  ReportData &data = m_run->data;
                  for (DeadLetter letter : r.value().items) {
                      if (data.deadLetters.size() >= ReportData::deadLetterCap) {
                          data.deadLettersCapped = true;
                          break;
                      }
                      m_run->redactor.redactLetter(letter);
                      data.deadLetters.append(std::move(letter));
                  }
                  if (r.value().hasMore() && !data.deadLettersCapped) {
                      m_run->cursor = r.value().nextCursor;
                      return after(Letters);
                  }
                  if (r.value().hasMore())
                      data.notes.append(tr("Dead letters: only the first %L1 are listed.")
                                            .arg(ReportData::deadLetterCap));
                  // Samples: the first few letters of each of the largest groups.
                  QHash<QString, int> taken;
                  QSet<QString> sampled;
                  for (int i = 0;
                       i < std::min<qsizetype>(data.deadLetterGroups.size(), maxSampledGroups); ++i)
                      sampled.insert(data.deadLetterGroups.at(i).fingerprint);
                  for (const DeadLetter &letter : std::as_const(data.deadLetters)) {
                      if (sampled.contains(letter.fingerprint)
                          && taken[letter.fingerprint] < ReportData::samplesPerGroup) {
                          ++taken[letter.fingerprint];
                          m_run->sampleIds.append(letter.id);
                      }
                  }
                  after(Samples);
              });
        return;
    }
    case Samples:
        if (run.samplesFetched >= run.sampleIds.size())
            return after(Done);
        Q_EMIT progress(
            80 + int(18 * run.samplesFetched / std::max<qsizetype>(run.sampleIds.size(), 1)),
            tr("Reading sample letters (%1 of %2)")
                .arg(run.samplesFetched + 1)
                .arg(run.sampleIds.size()));
        run.request = b->fetchDeadLetter(
            run.sampleIds.at(run.samplesFetched), this, [=, this](const Result<DeadLetter> &r) {
                if (!current())
                    return;
                ++m_run->samplesFetched;
                if (r) {
                    DeadLetter letter = r.value();
                    m_run->redactor.redactLetter(letter);
                    m_run->data.samples.append(std::move(letter));
                } else if (r.error().kind != BackendError::Kind::NotFound) {
                    // Retried or deleted since the list was read: a NotFound just has no sample.
                    return fail(tr("Could not read dead letter %1: %2")
                                    .arg(m_run->sampleIds.at(m_run->samplesFetched - 1))
                                    .arg(r.error().message));
                }
                after(Samples);
            });
        return;
    case Done:
        break;
    }

    if (m_auditLog) {
        for (AuditRecord rec : m_auditLog->records()) {
            if (rec.timeMs < d.fromMs || rec.timeMs >= d.toMs)
                continue;
            const bool sameBackend = rec.backendName == d.backendName
                || (!d.backendUrl.isEmpty() && rec.backendUrl == d.backendUrl);
            if (!sameBackend)
                continue;
            rec.reason = run.redactor.redactText(rec.reason);
            rec.resultMessage = run.redactor.redactText(rec.resultMessage);
            rec.target = run.redactor.redactText(rec.target);
            d.operatorActions.append(rec);
        }
    }
    d.redactedValues = run.redactor.redactedCount();
    Q_EMIT progress(100, tr("Done"));
    ReportData result = std::move(d);
    m_run.reset();
    m_running = false;
    Q_EMIT finished(result);
}
