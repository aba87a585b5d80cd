#pragma once

// The real wizard and flow over a scripted AuthService, on a clock the test moves: for the UI tests that need
// no server. Header-only: the tests that use it link latchkey_ui, which the support library does not.

#include "SignInWizard.h"

#include "Clock.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "SignInFlow.h"
#include "WidgetLookup.h"

namespace latchkey::testing {

struct FakeWizardHarness
{
    ManualClock clock;
    FakeAuthService auth;
    MemorySecretStore secrets;
    SignInFlow flow{&auth, &secrets, &clock, FlowOptions{}};
    SignInWizard wizard{&flow};
};

} // namespace latchkey::testing
