#pragma once

#include "FlowPage.h"

#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace latchkey {

class PhoneLineEdit;

/**
 * The number to send a code to (country + number) and the channel, limited to what the flow offers. The
 * country list (names in the UI language, searchable by name or "+49"; the user's region and the recently
 * used countries first) is built on a worker thread once the window has drawn its first frame, or when the
 * page is shown if that comes first, never on the UI thread. The number is formatted as it is typed; country
 * and number stay in sync. A number on file (the flow decides which: policy, backend, enrolment or the last
 * sign-in) is offered as the page's one action, "Send code to +1 ••• ••• ••42", with a quiet "Use a
 * different number" that opens the fields, unless policy locks the number.
 */
class PhonePage : public FlowPage
{
    Q_OBJECT
public:
    explicit PhonePage(SignInFlow *flow, QWidget *parent = nullptr);

    /** The selected region's ISO code ("US"). */
    QString regionCode() const;
    /** Preselects a region (e.g. from the last sign-in); ignored when unknown. */
    void setRegionCode(const QString &region);

    void initializePage() override;

public slots:
    /**
     * Starts building the country list in the background, in spare CPU time (once); the wizard calls it after
     * its first frame.
     */
    void prepareCountries();

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
    /** The built list arrives: `leading` entries (region and recent ones) come before a separator. */
    void fillCountries(const QList<std::pair<QString, QString>> &labelledRegions, qsizetype leading);
    void refreshChannels();
    void onNumberEdited(const QString &text);
    void onCountryChosen();
    void onRegionChanged();
    void preselectRegionOfNumberOnFile();
    void updateNumberWarning();
    void updatePlaceholder();
    /** Whether the code goes to the flow's prefilled number rather than a typed one. */
    bool usesPrefilledNumber() const;
    /** Email is chosen: the code goes to the address on file, so there is no number to type. */
    bool sendsByEmail() const;
    void updateNumberChoice();
    /** Between the number on file and typing another ("Use a different number" and back). */
    void toggleOtherNumber();

    QLabel *m_numberOnFileLabel;
    QPushButton *m_otherNumberButton;
    QFormLayout *m_form = nullptr;
    QComboBox *m_countryCombo;
    PhoneLineEdit *m_phoneEdit;
    QLabel *m_numberWarningLabel;
    QComboBox *m_channelCombo;
    QString m_region;                  // the selected region, also before the list is built
    bool m_regionChosenByUser = false; // picked, or implied by a typed +code: never overridden
    bool m_typingOtherNumber = false;  // the user chose to type a number instead of the prefilled one
    bool m_countriesRequested = false;
    SignInFlow::Step m_lastStep = SignInFlow::Step::Password;
};

} // namespace latchkey
