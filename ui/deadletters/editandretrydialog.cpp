// SPDX-License-Identifier: MIT
#include "ui/deadletters/editandretrydialog.h"

#include "ui/deadletters/jsonpayloadcheck.h"
#include "ui/deadletters/linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditAndRetryDialog::EditAndRetryDialog(
    qint64 letterId, const QByteArray &originalPayload, QWidget *parent)
    : QDialog(parent)
    , m_letterId(letterId)
    , m_original(JsonPayloadCheck::pretty(originalPayload))
    , m_originalIsJson(JsonPayloadCheck::isJson(originalPayload))
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_diff(new QTextEdit(this))
    , m_diffTimer(new QTimer(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit and retry dead letter %1").arg(letterId));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(m_original);
    m_diff->setReadOnly(true);
    m_diff->setFont(mono);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Retry with this payload…"));

    auto *explain = new QLabel(
        tr("The server keeps the original payload; the edited one is what will be delivered."),
        this);
    explain->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    auto *diffBox = new QWidget(split);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(new QLabel(tr("Changes against the original:"), diffBox));
    diffLayout->addWidget(m_diff);
    split->addWidget(diffBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_diffTimer->setSingleShot(true);
    m_diffTimer->setInterval(150);
    connect(m_diffTimer, &QTimer::timeout, this, &EditAndRetryDialog::showDiff);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &EditAndRetryDialog::check);
    check();
    showDiff();
}

QByteArray EditAndRetryDialog::editedPayload() const
{
    return m_editor->toPlainText().toUtf8();
}

void EditAndRetryDialog::accept()
{
    check();
    if (m_problem.isEmpty())
        QDialog::accept();
}

void EditAndRetryDialog::check()
{
    const QString text = m_editor->toPlainText();
    QString error;
    if (m_originalIsJson)
        error = JsonPayloadCheck::error(text);
    if (!error.isEmpty())
        m_problem = error;
    else if (text == m_original)
        m_problem = tr("The payload is unchanged: edit it, or use Retry instead.");
    else
        m_problem.clear();

    if (!error.isEmpty()) {
        m_status->setStyleSheet(u"color: #c62828;"_s);
        m_status->setText(error);
    } else {
        m_status->setStyleSheet({});
        m_status->setText(m_problem.isEmpty()
                ? (m_originalIsJson ? tr("Valid JSON.")
                                    : tr("The original is not JSON; the text is sent as typed."))
                : m_problem);
    }
    m_ok->setEnabled(m_problem.isEmpty());
    m_ok->setToolTip(m_problem);
    m_diffTimer->start();
}

void EditAndRetryDialog::showDiff()
{
    const QList<LineDiff::Line> lines = LineDiff::compute(m_original, m_editor->toPlainText());
    m_diff->clear();
    QTextCursor cursor(m_diff->document());
    QTextCharFormat same;
    QTextCharFormat removed;
    removed.setBackground(QColor(0xff, 0xd7, 0xd5));
    removed.setForeground(QColor(0x82, 0x07, 0x1e));
    QTextCharFormat added;
    added.setBackground(QColor(0xcc, 0xff, 0xd8));
    added.setForeground(QColor(0x05, 0x50, 0x1c));
    bool first = true;
    for (const LineDiff::Line &line : lines) {
        if (!first)
            cursor.insertBlock();
        first = false;
        switch (line.kind) {
        case LineDiff::Kind::Same:
            cursor.insertText(u"  "_s + line.text, same);
            break;
        case LineDiff::Kind::Removed:
            cursor.insertText(u"- "_s + line.text, removed);
            break;
        case LineDiff::Kind::Added:
            cursor.insertText(u"+ "_s + line.text, added);
            break;
        }
    }
}
