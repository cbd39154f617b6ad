## Dates, written by the program from these parts in the Gregorian calendar the
## municipality works in; the program writes the numbers in the language's digits.

# A date in a list, such as an entry in My log.
# Variables:
#   $weekday (String) - the day of the week, from date-weekday-*
#   $day (Number) - the day of the month
#   $month (String) - the month, from date-month-*
date-short = { $weekday } { $day }. { $month }
# A date in full, such as a report's period.
# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the month, from date-month-*
#   $year (String) - the year, in the language's digits
date-long = { $day }. { $month } { $year }
# A moment, such as the last successful sync.
# Variables:
#   $date (String) - the day, from date-long
#   $time (String) - the time of day, such as 14:05
date-time = { $date } klo { $time }

## Days of the week from Monday, short.
date-weekday-1 = ma
date-weekday-2 = ti
date-weekday-3 = ke
date-weekday-4 = to
date-weekday-5 = pe
date-weekday-6 = la
date-weekday-7 = su

## Months from January, as written after a day's number.
date-month-1 = tammikuuta
date-month-2 = helmikuuta
date-month-3 = maaliskuuta
date-month-4 = huhtikuuta
date-month-5 = toukokuuta
date-month-6 = kesäkuuta
date-month-7 = heinäkuuta
date-month-8 = elokuuta
date-month-9 = syyskuuta
date-month-10 = lokakuuta
date-month-11 = marraskuuta
date-month-12 = joulukuuta

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Tänään
# A button that sets the date to yesterday.
date-yesterday = Eilen
# A button that opens the lists for choosing any other day.
date-other = Muu päivä
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = Ei päivää
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = Päivä
date-month = Kuukausi
date-year = Vuosi
# The names of the lists a time of day is chosen from.
time-hour = Tunti
time-minute = Minuutti
