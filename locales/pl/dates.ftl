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
date-time = { $date }, { $time }

## Days of the week from Monday, short.
date-weekday-1 = pon.
date-weekday-2 = wt.
date-weekday-3 = śr.
date-weekday-4 = czw.
date-weekday-5 = pt.
date-weekday-6 = sob.
date-weekday-7 = niedz.

## Months from January, as written after a day's number.
date-month-1 = stycznia
date-month-2 = lutego
date-month-3 = marca
date-month-4 = kwietnia
date-month-5 = maja
date-month-6 = czerwca
date-month-7 = lipca
date-month-8 = sierpnia
date-month-9 = września
date-month-10 = października
date-month-11 = listopada
date-month-12 = grudnia

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Dzisiaj
# A button that sets the date to yesterday.
date-yesterday = Wczoraj
# A button that opens the lists for choosing any other day.
date-other = Inna data
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = Bez daty
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = Dzień
date-month = Miesiąc
date-year = Rok
# The names of the lists a time of day is chosen from.
time-hour = Godzina
time-minute = Minuta
