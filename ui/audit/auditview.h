// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class AuditLog;
class AuditLogModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

/**
 * The Audit area: every operator action of every back end from the local
 * audit log, newest first, narrowed by text, back end, action and result.
 * Ctrl+C copies the selected rows as tab-separated text.
 */
class AuditView : public QWidget {
    Q_OBJECT
public:
    /** `log` is not owned and must outlive the view. */
    explicit AuditView(AuditLog *log, QWidget *parent = nullptr);

    void setFilterText(const QString &text);
    /** The selected rows as text: one line each, columns separated by tabs, with a header line. */
    QString selectedRowsText() const;
    AuditLogModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void updateChoices();
    void copySelection();

    AuditLogModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_backend;
    QComboBox *m_action;
    QComboBox *m_result;
    QTableView *m_table;
    QLabel *m_backendLabel;
    QLabel *m_actionLabel;
    QAction *m_copy;
};
