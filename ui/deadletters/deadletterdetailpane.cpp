// SPDX-License-Identifier: MIT
#include "ui/deadletters/deadletterdetailpane.h"

#include "ui/deadletters/jsonpayloadcheck.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QString();
}

} // namespace

DeadLetterDetailPane::DeadLetterDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_content(new QWidget(this))
{
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);

    m_title = new QLabel(m_content);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_peekNote = new QLabel(m_content);
    m_peekNote->setObjectName(u"peekNote"_s);
    m_peekNote->setWordWrap(true);
    m_peekNote->setStyleSheet(u"color: #5c4400; background-color: #fff3cd; padding: 3px;"_s);
    m_peekNote->hide();
    auto *form = m_form = new QFormLayout;
    for (QLabel **field : { &m_errorClass, &m_message, &m_httpStatus, &m_vendorCode, &m_attempts,
             &m_firstFailure, &m_lastFailure, &m_destination, &m_messageId, &m_requestId })
        *field = addField(form);

    m_payload = monospaceViewer();
    m_copy = new QPushButton(m_content);
    connect(m_copy, &QPushButton::clicked, this, &DeadLetterDetailPane::copyPayload);
    auto *payloadPage = new QWidget;
    auto *payloadLayout = new QVBoxLayout(payloadPage);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    payloadLayout->addWidget(m_payload);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copy);
    payloadLayout->addLayout(copyRow);

    m_headers = new QTableWidget(0, 2, m_content);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_stack = monospaceViewer();
    m_stack->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editedPayload = monospaceViewer();
    m_editedPayload->hide(); // in no layout until a letter has an edited payload: shown, it would
                             // sit over the title

    m_tabs = new QTabWidget(m_content);
    m_tabs->addTab(payloadPage, QString());
    m_tabs->addTab(m_headers, QString());
    m_tabs->addTab(m_stack, QString());

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_peekNote);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_content);
    retranslateUi();
    showNotice(tr("Select a dead letter to read it."));
}

void DeadLetterDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeadLetterDetailPane::retranslateUi()
{
    const std::pair<QLabel *, QString> fields[] = {
        { m_errorClass, tr("Error class:") },
        { m_message, tr("Message:") },
        { m_httpStatus, tr("HTTP status:") },
        { m_vendorCode, tr("Vendor code:") },
        { m_attempts, tr("Attempts:") },
        { m_firstFailure, tr("First failure:") },
        { m_lastFailure, tr("Last failure:") },
        { m_destination, tr("Destination:") },
        { m_messageId, tr("Message id:") },
        { m_requestId, tr("Request id:") },
    };
    for (const auto &[value, name] : fields) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(value)))
            label->setText(name);
    }
    m_copy->setText(tr("Copy payload"));
    m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
    m_tabs->setTabText(0, tr("Payload"));
    m_tabs->setTabText(1, tr("Headers"));
    m_tabs->setTabText(m_tabs->indexOf(m_stack), tr("Stack trace"));
    m_peekNote->setText(peekNoteText());
    if (m_letter.id != 0) {
        const DeadLetter shown = m_letter;
        showLetter(shown); // the title, status words and tab names that depend on the letter
    }
}

QLabel *DeadLetterDetailPane::addField(QFormLayout *form)
{
    auto *value = new QLabel(m_content);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    // A label of its own, named in retranslateUi(): addRow(QString(), ...) would make no label at
    // all.
    form->addRow(new QLabel(m_content), value);
    return value;
}

void DeadLetterDetailPane::setPeeked(bool peeked)
{
    m_peeked = peeked;
    m_peekNote->setText(peekNoteText());
    m_peekNote->setVisible(peeked);
}

QString DeadLetterDetailPane::peekNoteText() const
{
    return m_peeked
        ? tr("Peeked through the RabbitMQ management API, which is meant for diagnostics: the peek "
             "requeued this message and set its redelivered flag.")
        : QString();
}

QPlainTextEdit *DeadLetterDetailPane::monospaceViewer()
{
    auto *viewer = new QPlainTextEdit(m_content);
    viewer->setReadOnly(true);
    viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read-only editors accept no keyboard focus by default; triage needs select + Ctrl+C.
    viewer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return viewer;
}

void DeadLetterDetailPane::showLetter(const DeadLetter &letter)
{
    m_letter = letter;
    m_title->setText(tr("Dead letter %1 from %2 (%3)")
                         .arg(letter.id)
                         .arg(letter.source, deadLetterStatusName(letter.status)));
    m_errorClass->setText(letter.error.errorClass);
    m_message->setText(letter.error.message);
    m_httpStatus->setText(letter.error.httpStatus > 0 ? QString::number(letter.error.httpStatus)
                                                      : tr("no HTTP answer"));
    m_vendorCode->setText(letter.error.vendorCode);
    m_attempts->setText(QString::number(letter.attempts));
    m_firstFailure->setText(timeText(letter.firstFailureMs));
    m_lastFailure->setText(timeText(letter.lastFailureMs));
    m_destination->setText(letter.destination);
    m_messageId->setText(letter.messageId);
    m_requestId->setText(letter.requestId);

    m_payload->setPlainText(JsonPayloadCheck::pretty(letter.payload));
    m_copy->setEnabled(!letter.payload.isEmpty());
    m_headers->setRowCount(int(letter.headers.size()));
    for (int i = 0; i < letter.headers.size(); ++i) {
        m_headers->setItem(i, 0, new QTableWidgetItem(letter.headers.at(i).first));
        m_headers->setItem(i, 1, new QTableWidgetItem(letter.headers.at(i).second));
    }
    m_stack->setPlainText(letter.error.stack);
    // RabbitMQ letters carry the broker's death history (x-death) where others have a stack trace.
    const bool deathHistory = std::any_of(letter.headers.cbegin(), letter.headers.cend(),
        [](const auto &h) { return h.first == u"x-death"; });
    m_tabs->setTabText(
        m_tabs->indexOf(m_stack), deathHistory ? tr("x-death history") : tr("Stack trace"));

    if (!letter.editedPayload.isEmpty()) {
        m_editedPayload->setPlainText(JsonPayloadCheck::pretty(letter.editedPayload));
        if (m_editedTab < 0)
            m_editedTab = m_tabs->addTab(m_editedPayload, QString());
        m_tabs->setTabText(m_editedTab, tr("Edited payload"));
    } else if (m_editedTab >= 0) {
        m_tabs->removeTab(m_editedTab);
        m_editedTab = -1;
        m_editedPayload->hide();
    }
    m_notice->hide();
    m_content->show();
}

void DeadLetterDetailPane::showNotice(const QString &text)
{
    m_letter = {};
    m_notice->setText(text);
    m_notice->show();
    m_content->hide();
}

QString DeadLetterDetailPane::payloadText() const
{
    return m_payload->toPlainText();
}

void DeadLetterDetailPane::copyPayload() const
{
    QApplication::clipboard()->setText(m_payload->toPlainText());
}
