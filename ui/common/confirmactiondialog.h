// SPDX-License-Identifier: MIT
#pragma once

#include "models/connectionprofile.h"

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

/** What an operator is about to do, for the confirmation to name. */
struct ConfirmRequest {
    QString action; ///< translated, e.g. "Force open breaker"
    QString target; ///< e.g. "payments-webhooks" or "3 breakers: a, b, c"
    qint64 count = 1; ///< how many items the action touches
    Environment environment = Environment::Development;
    QString profileName; ///< which back end, e.g. "prod-eu"
};

/**
 * The confirmation every mutating action goes through. It names the
 * environment (in its colour), the action, the target and the count, and asks
 * for a reason (required, 1..500 characters, sent to the server and written to
 * the audit log). In production it also asks the operator to type the
 * environment's name, and for 100 items or more to type the count, before OK
 * is enabled: production asks for more than a click.
 *
 * Non-blocking: create it, connect confirmed(), call open(). It deletes itself
 * when closed (WA_DeleteOnClose). Escape cancels; the reason field has focus.
 */
class ConfirmActionDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MaxReasonLength = 500;
    static constexpr qint64 CountToTypeFrom = 100;

    explicit ConfirmActionDialog(const ConfirmRequest &request, QWidget *parent = nullptr);

    /**
     * Opens a confirmation window-modally and returns it (owned by `parent`,
     * deleted on close); `context` guards `onConfirmed`, which gets the reason.
     */
    template<class F>
    static ConfirmActionDialog *confirm(
        QWidget *parent, const ConfirmRequest &request, QObject *context, F onConfirmed)
    {
        auto *dialog = new ConfirmActionDialog(request, parent);
        connect(dialog, &ConfirmActionDialog::confirmed, context, onConfirmed);
        dialog->open();
        return dialog;
    }

    /** The trimmed reason typed so far. */
    QString reason() const;
    /** What must be typed before OK enables ("production", "250"); empty when nothing. */
    QString requiredConfirmation() const { return m_required; }
    /** Whether OK is enabled: a reason, and the typed confirmation when one is asked. */
    bool canConfirm() const;

    void accept() override;

Q_SIGNALS:
    /** The operator confirmed with this reason (trimmed, 1..500 characters). */
    void confirmed(const QString &reason);

private:
    void updateState();

    ConfirmRequest m_request;
    QString m_required;
    QLineEdit *m_reason;
    QLineEdit *m_typed = nullptr;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
