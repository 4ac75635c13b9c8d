// SPDX-License-Identifier: MIT
#include "ui/reports/exportdialog.h"

#include "models/workspace.h"
#include "reports/reportexportjob.h"
#include "reports/snapshotfile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString redactionKey = u"reports/redaction"_s;
constexpr int customRange = -1;

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QString suffixOf(ExportDialog::Mode mode, ReportFormat format)
{
    if (mode == ExportDialog::Mode::Snapshot)
        return SnapshotFile::suffix;
    // CSV is one file per table: a zip keeps them together as one file to hand over.
    return format == ReportFormat::Csv ? u"zip"_s : reportFormatName(format);
}

} // namespace

ExportDialog::ExportDialog(Mode mode, Workspace *workspace, AuditLog *auditLog, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_workspace(workspace)
    , m_audit(auditLog)
    , m_rangeChoice(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_fieldNames(new QPlainTextEdit(this))
    , m_patterns(new QPlainTextEdit(this))
    , m_cards(new QCheckBox(tr("Card &numbers (13-19 digits passing the Luhn check)"), this))
    , m_bearer(new QCheckBox(tr("&Bearer tokens"), this))
    , m_defaults(new QPushButton(tr("Restore &defaults"), this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    const bool report = mode == Mode::Report;
    setWindowTitle(report ? tr("Export report") : tr("Save snapshot"));
    setObjectName(report ? u"exportReportDialog"_s : u"saveSnapshotDialog"_s);
    m_rangeChoice->setObjectName(u"range"_s);
    m_destination->setObjectName(u"destination"_s);
    m_fieldNames->setObjectName(u"redactedFields"_s);
    m_patterns->setObjectName(u"redactedPatterns"_s);
    m_progress->setObjectName(u"progress"_s);
    m_problem->setObjectName(u"problem"_s);

    auto *intro = new QLabel(report
            ? tr("An incident report of %1: summary, charts, breakers, syncs, dead letters "
                 "grouped by cause and the operator actions of the range.")
                  .arg(workspace ? workspace->name() : QString())
            : tr("One file with everything a report of %1 needs for the range. It opens "
                 "later with File \u2192 Open snapshot, with no access to the back end.")
                  .arg(workspace ? workspace->name() : QString()),
        this);
    intro->setWordWrap(true);

    m_rangeChoice->addItem(tr("Last hour"), RangeHours[0]);
    m_rangeChoice->addItem(tr("Last %n hour(s)", nullptr, RangeHours[1]), RangeHours[1]);
    m_rangeChoice->addItem(tr("Last %n hour(s)", nullptr, RangeHours[2]), RangeHours[2]);
    m_rangeChoice->addItem(tr("Custom"), customRange);
    for (QDateTimeEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    auto *custom = new QHBoxLayout;
    custom->addWidget(new QLabel(tr("From"), this));
    custom->addWidget(m_from, 1);
    custom->addWidget(new QLabel(tr("to"), this));
    custom->addWidget(m_to, 1);

    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Range:"), m_rangeChoice);
    form->addRow(QString(), custom);
    if (report) {
        m_format = new QComboBox(this);
        m_format->setObjectName(u"format"_s);
        m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
        m_format->addItem(tr("HTML (one self-contained file)"), int(ReportFormat::Html));
        m_format->addItem(tr("CSV (one file per table, zipped)"), int(ReportFormat::Csv));
        m_format->addItem(tr("JSON"), int(ReportFormat::Json));
        form->addRow(tr("&Format:"), m_format);
    }
    // A row of a layout gets no buddy by itself: without one the '&' would show.
    auto *destinationLabel = new QLabel(tr("&Save to:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destination);

    auto *redaction = new QGroupBox(tr("Redaction: hidden before anything is written"), this);
    auto *redactionForm = new QFormLayout(redaction);
    m_fieldNames->setToolTip(
        tr("One name a line. JSON keys at any depth, header names and name=value pairs "
           "with these names are masked. Case does not matter."));
    m_patterns->setToolTip(
        tr("One regular expression a line; every match in payloads, headers, messages and "
           "stacks is masked."));
    m_fieldNames->setTabChangesFocus(true);
    m_patterns->setTabChangesFocus(true);
    m_fieldNames->setFixedHeight(m_fieldNames->fontMetrics().lineSpacing() * 5);
    m_patterns->setFixedHeight(m_patterns->fontMetrics().lineSpacing() * 3);
    redactionForm->addRow(tr("Field &names:"), m_fieldNames);
    redactionForm->addRow(tr("&Patterns:"), m_patterns);
    redactionForm->addRow(QString(), m_cards);
    redactionForm->addRow(QString(), m_bearer);
    redactionForm->addRow(QString(), m_defaults);

    m_progress->setRange(0, 100);
    m_progress->hide();
    m_step->hide();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    m_startButton
        = m_buttons->addButton(report ? tr("&Export") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"start"_s);
    m_startButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancel"_s);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(redaction);
    layout->addWidget(m_problem);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_rangeChoice, &QComboBox::currentIndexChanged, this, &ExportDialog::updateRangeFields);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_defaults, &QPushButton::clicked, this,
        [this] { setRedaction(RedactionRules::defaults()); });
    if (m_format) {
        connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
            // Keep the chosen folder and name; follow the format with the suffix.
            const QFileInfo current(m_destination->text());
            if (!m_destination->text().isEmpty())
                m_destination->setText(current.dir().filePath(
                    current.completeBaseName() + u'.' + suffixOf(m_mode, format())));
        });
    }
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *b) {
        if (b == m_startButton)
            start();
        else if (b == m_cancelButton)
            cancel();
        else
            reject();
    });

    QSettings settings;
    setRedaction(savedRedaction(settings));
    // An offline snapshot has one range that means anything: its own.
    if (workspace && workspace->isOffline())
        setCustomRange(workspace->offlineSource()->fromMs, workspace->offlineSource()->toMs);
    else
        setRangeHours(RangeHours[0]);
    setDestination(suggestedFileName());
    setRunning(false);
}

ExportDialog::~ExportDialog()
{
    if (m_export)
        m_export->cancel();
}

RedactionRules ExportDialog::savedRedaction(QSettings &settings)
{
    const QByteArray saved = settings.value(redactionKey).toByteArray();
    if (!saved.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(saved);
        if (auto rules = RedactionRules::fromJson(doc.object()))
            return *rules;
    }
    return RedactionRules::defaults();
}

std::pair<qint64, qint64> ExportDialog::range() const
{
    const int hours = m_rangeChoice->currentData().toInt();
    if (hours == customRange)
        return { m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch() };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return { now - qint64(hours) * 3'600'000, now };
}

void ExportDialog::setRangeHours(int hours)
{
    const int index = m_rangeChoice->findData(hours);
    if (index >= 0)
        m_rangeChoice->setCurrentIndex(index);
    updateRangeFields();
}

void ExportDialog::setCustomRange(qint64 fromMs, qint64 toMs)
{
    m_rangeChoice->setCurrentIndex(m_rangeChoice->findData(customRange));
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    updateRangeFields();
}

void ExportDialog::updateRangeFields()
{
    const int hours = m_rangeChoice->currentData().toInt();
    const bool custom = hours == customRange;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const QDateTime now = QDateTime::currentDateTime();
        m_from->setDateTime(now.addSecs(-qint64(hours) * 3600));
        m_to->setDateTime(now);
    }
}

ReportFormat ExportDialog::format() const
{
    return m_format ? ReportFormat(m_format->currentData().toInt()) : ReportFormat::Json;
}

void ExportDialog::setFormat(ReportFormat format)
{
    if (m_format)
        m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

RedactionRules ExportDialog::redaction() const
{
    RedactionRules rules;
    rules.fieldNames = linesOf(m_fieldNames);
    rules.valuePatterns = linesOf(m_patterns);
    rules.cardNumbers = m_cards->isChecked();
    rules.bearerTokens = m_bearer->isChecked();
    return rules;
}

void ExportDialog::setRedaction(const RedactionRules &rules)
{
    m_fieldNames->setPlainText(rules.fieldNames.join(u'\n'));
    m_patterns->setPlainText(rules.valuePatterns.join(u'\n'));
    m_cards->setChecked(rules.cardNumbers);
    m_bearer->setChecked(rules.bearerTokens);
}

QString ExportDialog::suggestedFileName() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QString name = m_workspace ? m_workspace->profile().name : u"breakwater"_s;
    name.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"-"_s);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s);
    return QDir(dir).filePath(u"%1-%2.%3"_s.arg(name, stamp, suffixOf(m_mode, format())));
}

void ExportDialog::chooseDestination()
{
    auto *dialog = new QFileDialog(
        this, m_mode == Mode::Report ? tr("Export report to") : tr("Save snapshot as"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString suffix = suffixOf(m_mode, format());
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(m_mode == Mode::Snapshot
            ? tr("Breakwater snapshots (*.%1)").arg(suffix)
            : tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!destination().isEmpty())
        dialog->selectFile(destination());
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setDestination);
    dialog->open();
}

bool ExportDialog::isRunning() const
{
    return m_export || !m_progress->isHidden();
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_rangeChoice, m_destination, m_browse,
             m_fieldNames, m_patterns, m_cards, m_bearer, m_defaults, m_startButton })
        w->setEnabled(!running);
    if (m_format)
        m_format->setEnabled(!running);
    if (!running)
        updateRangeFields();
    else {
        m_from->setEnabled(false);
        m_to->setEnabled(false);
    }
    m_cancelButton->setVisible(running);
    m_progress->setVisible(running);
    m_step->setVisible(running);
    if (running)
        m_progress->setValue(0);
}

void ExportDialog::start()
{
    m_problem->hide();
    const auto showProblem = [this](const QString &text) {
        m_problem->setText(text);
        m_problem->show();
    };
    if (!m_workspace || !m_workspace->backend())
        return showProblem(tr("The back end is closed."));
    const auto [fromMs, toMs] = range();
    if (toMs <= fromMs)
        return showProblem(tr("The range ends before it starts."));
    if (destination().isEmpty())
        return showProblem(tr("Choose where to save it."));
    const QFileInfo target(destination());
    if (!target.absoluteDir().exists())
        return showProblem(tr("The folder %1 does not exist.").arg(target.absolutePath()));
    const RedactionRules rules = redaction();
    if (const QString bad = rules.invalidPattern(); !bad.isEmpty())
        return showProblem(tr("Redaction pattern: %1").arg(bad));
    QSettings settings;
    settings.setValue(redactionKey, QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));

    m_written.clear();
    setRunning(true);
    m_step->setText(tr("Collecting\u2026"));
    ReportExportRequest request;
    request.output = m_mode == Mode::Report ? ReportExportRequest::Output::Report
                                            : ReportExportRequest::Output::Snapshot;
    request.format = format();
    request.path = QFileInfo(destination()).absoluteFilePath();
    request.backend = m_workspace->backend();
    request.auditLog = m_audit;
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.redaction = rules;
    request.environment = m_workspace->environment();
    request.backendUrl = m_workspace->profile().url.toString();
    auto *job = new ReportExportJob(std::move(request), this);
    m_export = job;
    connect(job, &ReportExportJob::progress, this, [this](int percent, const QString &step) {
        m_progress->setValue(percent);
        if (!step.isEmpty())
            m_step->setText(step);
    });
    connect(job, &ReportExportJob::stageChanged, this, [this](ReportExportResult::Stage stage) {
        if (stage == ReportExportResult::Stage::Rendering)
            m_step->setText(tr("Rendering\u2026"));
        else if (stage == ReportExportResult::Stage::WritingSnapshot)
            m_step->setText(tr("Writing the snapshot\u2026"));
    });
    connect(job, &ReportExportJob::finished, this, [this, job](const ReportExportResult &result) {
        job->deleteLater();
        finish(result.ok, result.ok ? result.path : result.error);
    });
    job->start();
}

void ExportDialog::cancel()
{
    if (!isRunning())
        return;
    if (m_export) {
        // Cancelled, it reports to nobody.
        m_export->cancel();
        m_export->deleteLater();
    }
    setRunning(false);
    m_problem->setText(tr("Cancelled: nothing was written."));
    m_problem->show();
    Q_EMIT exportFailed(m_problem->text());
}

void ExportDialog::finish(bool ok, const QString &message)
{
    setRunning(false);
    if (!ok) {
        m_problem->setText(message);
        m_problem->show();
        Q_EMIT exportFailed(message);
        return;
    }
    m_progress->setValue(100);
    m_written = message;
    Q_EMIT exported(m_written);
    showDone();
}

void ExportDialog::showDone()
{
    const QFileInfo written(m_written);
    auto *box = new QMessageBox(QMessageBox::Information, windowTitle(),
        m_mode == Mode::Report ? tr("The report is written to %1.").arg(m_written)
                               : tr("The snapshot is saved to %1.").arg(m_written),
        QMessageBox::Close, parentWidget() ? parentWidget() : this);
    box->setObjectName(u"exportDone"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *openFile
        = written.isFile() ? box->addButton(tr("Open &file"), QMessageBox::ActionRole) : nullptr;
    QPushButton *openFolder = box->addButton(tr("Open f&older"), QMessageBox::ActionRole);
    const QString folder = written.isDir() ? written.absoluteFilePath() : written.absolutePath();
    connect(box, &QMessageBox::buttonClicked, box,
        [openFile, openFolder, written, folder](QAbstractButton *b) {
            if (openFile && b == openFile)
                QDesktopServices::openUrl(QUrl::fromLocalFile(written.absoluteFilePath()));
            else if (b == openFolder)
                QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
        });
    if (parentWidget())
        accept();
    box->open();
}
