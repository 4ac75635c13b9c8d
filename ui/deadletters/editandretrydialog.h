// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;
class QTimer;

/**
 * Edits a dead letter's payload before retrying it. The text is checked as
 * JSON on every change (where and why it is not, in red, and the OK button
 * disabled while it is not) and a line diff against the original is shown,
 * so the operator sees exactly what will be sent. The server keeps the
 * original; this dialog never changes it.
 *
 * Non-blocking: open() it; accepted() means editedPayload() is valid JSON
 * that differs from the original. Confirmation with a reason comes after.
 */
class EditAndRetryDialog : public QDialog {
    Q_OBJECT
public:
    EditAndRetryDialog(
        qint64 letterId, const QByteArray &originalPayload, QWidget *parent = nullptr);

    qint64 letterId() const { return m_letterId; }
    /** What the operator typed, as UTF-8. */
    QByteArray editedPayload() const;
    /** Why OK is disabled (invalid JSON, no change); empty when it is enabled. */
    QString problem() const { return m_problem; }

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *okButton() const { return m_ok; }

    /** Refused while problem() says why. */
    void accept() override;

private:
    void check();
    void showDiff();

    qint64 m_letterId;
    QString m_original;
    bool m_originalIsJson;
    QString m_problem;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QTextEdit *m_diff;
    QTimer
        *m_diffTimer; ///< the diff follows typing after a pause: a big payload's diff is not free
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};
