// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

/**
 * Everything about one dead letter that a person triaging it reads: the
 * error (class, message, HTTP status, vendor code), attempts, first and
 * last failure, destination, ids, the payload pretty-printed (selectable,
 * with a Copy button), the headers, the stack trace and, after an
 * edit-and-retry, the edited payload next to the kept original.
 *
 * It only shows what it is given; DeadLettersView fetches the letter.
 */
class DeadLetterDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit DeadLetterDetailPane(QWidget *parent = nullptr);

    void showLetter(const DeadLetter &letter);
    /** A placeholder sentence instead of a letter ("Loading dead letter 42…", an error, nothing
     * selected). */
    void showNotice(const QString &text);

    /**
     * The letters come from peeking a RabbitMQ queue through its management API: the pane then
     * says, over each letter, that the API is meant for diagnostics and that the peek set the
     * redelivered flag.
     */
    void setPeeked(bool peeked);
    bool isPeeked() const { return m_peeked; }
    /** The sentence about the peek; empty when the letters were not peeked. */
    QString peekNoteText() const;

    /** The letter shown; id 0 when none. */
    const DeadLetter &letter() const { return m_letter; }
    /** The payload as shown: indented when it is JSON. */
    QString payloadText() const;
    /** Puts the shown payload on the clipboard. */
    void copyPayload() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Field names, tabs, buttons, and the letter shown (its status words are translated). */
    void retranslateUi();
    QLabel *addField(class QFormLayout *form);
    QPlainTextEdit *monospaceViewer();

    DeadLetter m_letter;
    QLabel *m_notice;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_peekNote;
    bool m_peeked = false;
    QLabel *m_errorClass;
    QLabel *m_message;
    QLabel *m_httpStatus;
    QLabel *m_vendorCode;
    QLabel *m_attempts;
    QLabel *m_firstFailure;
    QLabel *m_lastFailure;
    QLabel *m_destination;
    QLabel *m_messageId;
    QLabel *m_requestId;
    class QFormLayout *m_form;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_payload;
    QPushButton *m_copy;
    QTableWidget *m_headers;
    QPlainTextEdit *m_stack;
    QPlainTextEdit *m_editedPayload;
    int m_editedTab = -1;
};
