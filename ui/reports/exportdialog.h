// SPDX-License-Identifier: MIT
#pragma once

#include "reports/redactionrules.h"
#include "reports/reportrenderer.h"

#include <QDialog>
#include <QPointer>

class AuditLog;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class ReportExportJob;
class Workspace;

/**
 * File > Export report and File > Save snapshot: a time range of one
 * Workspace, collected, redacted, then rendered as a report or written as a
 * snapshot file, off the GUI thread: one ReportExportJob, as `bwctl report`
 * and `bwctl snapshot` run it.
 *
 * The range is the last 1, 6 or 24 hours or a custom one; the destination is
 * chosen with a non-blocking file dialog; the redaction rules are shown and
 * editable, start from RedactionRules::defaults() and are kept in QSettings
 * (reports/redaction) for the next export. While it runs a progress bar and
 * Cancel replace the buttons. When done it says so, with "Open file" and
 * "Open folder".
 *
 * The Workspace and the AuditLog are not owned; a Workspace closed while an
 * export runs fails it.
 */
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Report, Snapshot };
    /** The ranges offered, in hours; the combo box ends with "Custom". */
    static constexpr int RangeHours[] = { 1, 6, 24 };

    ExportDialog(Mode mode, Workspace *workspace, AuditLog *auditLog, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Mode mode() const { return m_mode; }
    /** [fromMs, toMs) as chosen now. */
    std::pair<qint64, qint64> range() const;
    void setRangeHours(int hours);
    void setCustomRange(qint64 fromMs, qint64 toMs);
    ReportFormat format() const;
    void setFormat(ReportFormat format);
    QString destination() const;
    void setDestination(const QString &path);
    RedactionRules redaction() const;
    void setRedaction(const RedactionRules &rules);
    bool isRunning() const;

    /** The rules last used (QSettings "reports/redaction"), or the defaults. */
    static RedactionRules savedRedaction(QSettings &settings);

public Q_SLOTS:
    /** Starts the export; what is wrong with the form shows in the dialog instead. */
    void start();
    void cancel();

Q_SIGNALS:
    /** The file or folder is written. */
    void exported(const QString &path);
    /** The export failed or was cancelled; `message` is for a person. */
    void exportFailed(const QString &message);

private:
    void chooseDestination();
    void updateRangeFields();
    void setRunning(bool running);
    void finish(bool ok, const QString &message);
    void showDone();
    QString suggestedFileName() const;

    Mode m_mode;
    QPointer<Workspace> m_workspace;
    QPointer<AuditLog> m_audit;
    QComboBox *m_rangeChoice;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_format = nullptr;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    QPlainTextEdit *m_fieldNames;
    QPlainTextEdit *m_patterns;
    QCheckBox *m_cards;
    QCheckBox *m_bearer;
    QPushButton *m_defaults;
    QProgressBar *m_progress;
    QLabel *m_step;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QPointer<ReportExportJob> m_export; ///< the export under way
    QString m_written; ///< the path of the finished export
};
