// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendtypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

/**
 * What to sync: integration (from the server's info), a name, how many items,
 * page size and rate. The reason is asked by the ConfirmActionDialog that
 * follows, like every other action's. Non-blocking: open() and accepted().
 */
class StartSyncDialog : public QDialog {
    Q_OBJECT
public:
    StartSyncDialog(const QStringList &integrations, QWidget *parent = nullptr);

    /** The request as filled in, without a reason. */
    SyncRequest request() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QComboBox *m_integration;
    QLineEdit *m_name;
    QSpinBox *m_total;
    QSpinBox *m_pageSize;
    QDoubleSpinBox *m_rate;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};
