## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Reports
report-kind-half-year = Half-year progress report
report-kind-final = Final report
report-kind-annual = Annual compilation
report-kind = Report
report-year = Year
report-half = Half-year
report-half-first = January–June
report-half-second = July–December
report-show = Show the report
report-summary = Summary
report-period = Period
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Due by
report-project = Project
report-status = Status
report-status-ongoing = Ongoing
report-status-finished = Finished
report-group = Group
report-table = Table
report-reached = Reached
report-expected = Expected in the application
report-new = New to the project
report-new-note = Reached counts contacts: the same person at ten occasions counts ten times. New to the project are those who came for the first time, and it is they whom the expected numbers are compared with.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } occasion was logged without saying how many were new to the project.
   *[other] { $count } occasions were logged without saying how many were new to the project.
}
report-share = New as a share of expected
report-women = Women
report-men = Men
report-girls = Girls
report-boys = Boys
report-other = Other or not stated
report-total = Total
report-occasions = Occasions
report-hours = Hours
report-by-area = Reached by area
report-by-topic = Reached by topic
report-by-venue-type = Reached by type of venue
report-by-language = Reached by language
report-referrals = Referrals by service
report-questions = Questions by category
report-count = Number
report-text-done = Which activities were carried out
report-text-analysis = Analysis of goal fulfilment
report-text-afterwards = How the experience is used afterwards
report-outcomes = Outcomes
report-target = Target
report-target-share = Share of the target
report-partners = Partners
report-development-areas = Development areas
report-text-areas = Text per development area
report-text-projects = Text per project
report-save-texts = Save the texts
report-texts-saved = The texts are saved.
report-threshold = Hide counts below
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Counts from 1 to below { $threshold } are not shown, so that no one can be singled out.
report-suppressed-more = A few more counts are hidden too, so that no hidden count can be worked out from the totals that are shown.
report-suppressed = hidden
report-export-xlsx = Download as Excel (XLSX)
report-export-csv = Download as CSV
report-print = Print
report-no-projects = None of your projects ran during the period.
report-personal-data = The text seems to hold personal data (an identity number, phone number or e-mail address). Remove it before saving.
report-hand-in = Hand in the report
report-hand-in-question = Hand in the report as it is now? Its figures and texts are locked, and corrections made later show as differences.
report-hand-in-yes = Yes, hand it in
report-hand-in-no = Cancel
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = Handed in on { $date } by { $name }. The report is shown as it was handed in.
report-changes = Changed since it was handed in
report-no-changes = Nothing has changed since it was handed in.
report-change-figure = Figure
report-change-then = When handed in
report-change-now = Now
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, new to the project
report-calendar = Report calendar
report-calendar-report = Report
report-calendar-due = Due by
report-calendar-standing = Status
report-calendar-open = Open
report-calendar-empty = Your projects have no reports to hand in.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Progress report { $year }, half { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = Handed in { $date }
report-standing-running = Period running
report-standing-due = Due
report-standing-overdue = Overdue
