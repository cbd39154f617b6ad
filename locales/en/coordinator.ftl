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
