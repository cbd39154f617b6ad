## Dates, written by the program from these parts in the Gregorian calendar the
## municipality works in; the program writes the numbers in the language's digits.

# A date in a list, such as an entry in My log.
# Variables:
#   $weekday (String) - the day of the week, from date-weekday-*
#   $day (Number) - the day of the month
#   $month (String) - the month, from date-month-*
date-short = { $weekday } { $day } { $month }
# A date in full, such as a report's period.
# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the month, from date-month-*
#   $year (String) - the year, in the language's digits
date-long = { $day } { $month } { $year }
# A moment, such as the last successful sync.
# Variables:
#   $date (String) - the day, from date-long
#   $time (String) - the time of day, such as 14:05
date-time = { $date } kl. { $time }

## Days of the week from Monday, short.
date-weekday-1 = mån
date-weekday-2 = tis
date-weekday-3 = ons
date-weekday-4 = tors
date-weekday-5 = fre
date-weekday-6 = lör
date-weekday-7 = sön

## Months from January, as written after a day's number.
date-month-1 = januari
date-month-2 = februari
date-month-3 = mars
date-month-4 = april
date-month-5 = maj
date-month-6 = juni
date-month-7 = juli
date-month-8 = augusti
date-month-9 = september
date-month-10 = oktober
date-month-11 = november
date-month-12 = december

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Idag
# A button that sets the date to yesterday.
date-yesterday = Igår
# A button that opens the lists for choosing any other day.
date-other = Annat datum
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = Inget datum
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = Dag
date-month = Månad
date-year = År
# The names of the lists a time of day is chosen from.
time-hour = Timme
time-minute = Minut
