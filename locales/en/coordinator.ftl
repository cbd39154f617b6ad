## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Log in as a coordinator
coordinator-login-name = Login name
coordinator-password = Password
coordinator-login-button = Log in
coordinator-logout = Log out
coordinator-activities-title = Logged occasions
coordinator-from = From
coordinator-to = To
coordinator-project = Project
coordinator-all-projects = All my projects
coordinator-column-date = Date
coordinator-column-project = Project
coordinator-column-area = Area
coordinator-column-venue = Venue
coordinator-column-people = Reached
coordinator-column-author = Logged by
coordinator-previous = Previous
coordinator-next = Next
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Logged in as { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] No occasions.
    [one] { $count } occasion.
   *[other] { $count } occasions.
}
coordinator-nav-activities = Occasions
coordinator-nav-overview = Overview
coordinator-overview-title = Overview
coordinator-occasions = occasions
coordinator-hours = hours
coordinator-people-total = people reached
coordinator-active-guides = active guides and staff
coordinator-by-month = Reached by month
coordinator-by-area = By area
coordinator-topics = Topics
coordinator-languages = Languages
coordinator-column-occasions = Occasions
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Women { $women }, men { $men }, girls { $girls }, boys { $boys }, other or not stated { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Show
coordinator-field-format = Format
coordinator-field-minutes = Minutes
coordinator-field-note = Note
coordinator-reviewed = Reviewed
coordinator-reviewed-any = All
coordinator-filter-any = All
coordinator-reviewed-waiting = Waiting for review
coordinator-reviewed-done = Reviewed
coordinator-yes = Yes
coordinator-no = No
coordinator-mark-reviewed = Mark as reviewed
coordinator-mark-unreviewed = Remove the reviewed mark
coordinator-correct-title = Correct a field
coordinator-correct-field = Field
coordinator-correct-value = New value
coordinator-correct-button = Correct
coordinator-corrected = The correction is saved and reaches the guide's devices at their next sync.
coordinator-bad-value = The value does not fit the field: a count is a whole number, a date is written YYYY-MM-DD.
coordinator-by-gender-title = Reached by gender and age group
coordinator-venues = Venues

## Kept conflicts.

coordinator-nav-conflicts = Conflicts
coordinator-conflicts-title = Conflicts to settle
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] No conflicts are waiting.
    [one] { $count } conflict is waiting.
   *[other] { $count } conflicts are waiting.
}
coordinator-conflict-field = Field
coordinator-conflict-kept = Kept value
coordinator-conflict-lost = The value that lost
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = from { $name }
coordinator-conflict-keep = Keep the kept value
coordinator-conflict-take = Take the other value

## People and devices.

coordinator-nav-people = People and devices
coordinator-people-title = People and devices
coordinator-person-name = Name
coordinator-person-role = Role
coordinator-role-guide = Health guide
coordinator-role-staff = Staff
coordinator-role-coordinator = Coordinator
coordinator-role-admin = Administrator
coordinator-role-viewer = Viewer (steering group, co-funder)
coordinator-devices = Devices
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Version { $version }, last synced { $seen }
coordinator-never = never
coordinator-revoked = Revoked
coordinator-revoke = Revoke
coordinator-issue-code = New code to connect a device
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = One-time code for { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Valid until { $at } (UTC).
coordinator-code-qr = QR code with the server's address and the one-time code
coordinator-new-person = Add a person
coordinator-create-person = Add

## Reference lists.

coordinator-nav-reference = Lists
coordinator-reference-title = Lists and projects
coordinator-list = List
coordinator-list-projects = Projects
coordinator-list-questions = Question categories
coordinator-list-referrals = Referral targets
coordinator-list-outcomes = Outcomes
coordinator-list-development-areas = Development areas
coordinator-list-partners = Partners
coordinator-code = Code
coordinator-retired = Retired
coordinator-add-item = Add to the list
coordinator-add-target = Add a period
coordinator-project-start = The project starts
coordinator-project-end = The project ends (the final report is due a month later)
coordinator-save-reference = Save the lists
coordinator-reference-saved = The lists are saved and reach the devices at their next sync.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Account
account-disabled = Disabled
account-disable = Disable the account
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = Disable the account of { $name }? Their logins end and their devices are disconnected at once; what is on the devices is erased the next time they sync.
account-disable-yes = Yes, disable
account-enable = Enable the account
account-cancel = Cancel
account-reset = Reset the password
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = One-time code for { $name }, who logs in as { $login }:
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = The code can be used once, until { $at } (UTC). Give it only to the person themselves.
password-change = Change password
password-current = Current password
password-new = New password (at least 12 characters)
password-repeat = Type the new password again
password-mismatch = The two new passwords are not the same.
password-changed = The password is changed. Every other login with the account has ended.
password-reset-link = Have you been given a one-time code to choose a password?
password-reset-title = Choose a new password
password-reset-code = One-time code
password-reset-done = The password is chosen. Log in with the new password.
session-ended = You have been logged out, because the page was not used for an hour or the password was changed. Log in again.
coordinator-code-link = Or send the link, which the app takes pasted:
coordinator-volunteer-hours = Volunteer hours
coordinator-volunteer-hours-about = Occasions and hours each person logged in the period, or ran together with the one who logged them (with their own time); those with none too.
coordinator-volunteer-hours-none = No one in the project in this period.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Retention
retention-title = Retention
retention-about = How long occasions are kept, counted from the day they took place. Older occasions are thinned out with everything kept about them. Reports handed in stay as they were handed in.
retention-months = Keep for this many months (empty: for ever)
retention-save = Save
retention-forever = Occasions are kept for ever.
retention-state = Occasions are kept from { $day }. { $older ->
    [0] No occasion is older.
    [one] One occasion is older.
   *[other] { $older } occasions are older.
}
retention-thin = Thin out now
retention-thin-question = { $older ->
    [one] One occasion is deleted
   *[other] { $older } occasions are deleted
} for ever, with their versions and conflicts. This cannot be undone. Thin out?
retention-thin-yes = Yes, thin out
retention-thin-no = Cancel
retention-thinned = { $thinned ->
    [0] No occasion needed thinning out.
    [one] One occasion was thinned out.
   *[other] { $thinned } occasions were thinned out.
}
