#pragma once

#include "FlowPage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace latchkey {

/** The number to send a code to (country + number) and the channel, limited to what the flow offers. */
class PhonePage : public FlowPage
{
    Q_OBJECT
public:
    explicit PhonePage(SignInFlow *flow, QWidget *parent = nullptr);

    /** The selected region's ISO code ("US"). */
    QString regionCode() const;
    /** Preselects a region (e.g. from the last sign-in); ignored when unknown. */
    void setRegionCode(const QString &region);

protected:
    bool inputComplete() const override;
    bool submit() override;
    void refresh() override;
    void setInputsReadOnly(bool readOnly) override;
    void onError(const AuthError &error) override;
    QWidget *primaryInput() const override;
    QString nextText() const override;
    QString busyText() const override;

private:
    void fillCountries();
    void refreshChannels();
    void onNumberEdited(const QString &text);
    void updatePlaceholder();

    QLabel *m_numberOnFileLabel;
    QComboBox *m_countryCombo;
    QLineEdit *m_phoneEdit;
    QComboBox *m_channelCombo;
};

} // namespace latchkey
