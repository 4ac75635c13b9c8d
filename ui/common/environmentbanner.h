// SPDX-License-Identifier: MIT
#pragma once

#include "models/connectionprofile.h"

#include <QLabel>
#include <optional>

/**
 * A strip in an environment's colour that names it ("PRODUCTION - prod-eu"),
 * so an operator never mistakes which back end a window or a confirmation
 * acts on. Production is red with white text; the text colour follows the
 * background's lightness so staging's amber stays readable.
 */
class EnvironmentBanner : public QLabel {
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    void setEnvironment(Environment environment, const QString &profileName);
    /** Clears the banner (no back end open): neutral colours, no text. */
    void clearEnvironment();

    /** The style sheet that paints a widget in `environment`'s colours. */
    static QString styleFor(Environment environment);

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Re-sets the text in the current language (the environment's name is translated). */
    void retranslateUi();

    std::optional<Environment> m_environment; ///< none while cleared
    QString m_profileName;
};
