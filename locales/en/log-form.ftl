## The log form: one outreach occasion.

log-title-new = New occasion
log-title-edit = Edit occasion
log-title-draft = Draft
log-project = Project
log-choose = Choose…
log-date = Date
log-start-time = Start time
log-duration = Duration
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } min
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } h
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } h { $minutes } min
log-area = Area
log-venue = Place
log-venue-type = Type of place
log-format = Format
log-languages = Languages used
log-topics = Topics
log-people = People reached
log-people-women = Women
log-people-men = Men
log-people-girls = Girls
log-people-boys = Boys
log-people-other = Other / not stated
# Variables:
#   $total (Number) - everyone reached
log-people-total = { $total ->
    [one] { $total } person in all
   *[other] { $total } people in all
}
log-new-people = Of whom new to the project
log-new-people-hint = Those who came for the first time to this project. Just count; write no names.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = Referrals ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Questions by category ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Outcomes ({ $total })
log-partners = Partners
log-co-hosts = Run together with
log-note = Note
log-note-hint = Write what was done, never who: no names, personal identity numbers, phone numbers or e-mail addresses.
log-problems-title = Before the occasion can be saved:
log-problem-missing-project = Choose a project.
log-problem-missing-date = Enter the date.
log-problem-missing-start-time = Enter the start time.
log-problem-missing-duration = Choose the duration.
log-problem-missing-area = Choose the area.
log-problem-missing-venue = Choose the place.
log-problem-missing-venue-type = Choose the type of place.
log-problem-missing-format = Choose the format.
log-problem-missing-languages = Choose at least one language used.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = A count is not a whole number from 0 to { $max }. Correct the marked field.
log-problem-missing-other = A field is missing.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } is no longer on the list. Choose again.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = The topic { $item } does not belong to the project.
log-problem-section-not-used = The project does not use this part of the form.
log-problem-bad-co-host = Someone you ran the occasion with is no longer in the project. Remove them and save again.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } is given twice or with a count of zero.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = The duration must be between { $min } and { $max } minutes.
log-problem-new-people = More people are marked new than were reached. The new ones are counted among those reached.
log-problem-date-future = The date has not come yet. Choose today's date or an earlier one.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = The project started on { $start }. Choose that day or a later date.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = The project ended on { $end }. Choose that day or an earlier date.
log-problem-date-not-kept = The municipality keeps occasions only from { $start } on (retention). An older occasion is not taken.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = The note may have at most { $max } characters.
log-nobody-question = Nobody was reached at this occasion. Save it anyway?
log-nobody-save = Yes, save
log-nobody-back = No, go back
log-unsaved-changes = Your changes to this occasion are not complete. Finish and save them, or discard them.
log-discard = Discard changes
log-save = Save
log-saved = Saved. It will be sent when the device is connected.
log-again-title = Log the same as before
