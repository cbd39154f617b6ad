## Dates, written by the program from these parts in the Gregorian calendar the
## municipality works in; the program writes the numbers in the language's digits.

# A date in a list, such as an entry in My log.
# Variables:
#   $weekday (String) - the day of the week, from date-weekday-*
#   $day (Number) - the day of the month
#   $month (String) - the month, from date-month-*
date-short = { $weekday }, { $day }. { $month }
# A date in full, such as a report's period.
# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the month, from date-month-*
#   $year (String) - the year, in the language's digits
date-long = { $day }. { $month } { $year }.
# A moment, such as the last successful sync.
# Variables:
#   $date (String) - the day, from date-long
#   $time (String) - the time of day, such as 14:05
date-time = { $date } u { $time }

## Days of the week from Monday, short.
date-weekday-1 = pon
date-weekday-2 = uto
date-weekday-3 = sri
date-weekday-4 = čet
date-weekday-5 = pet
date-weekday-6 = sub
date-weekday-7 = ned

## Months from January, as written after a day's number.
date-month-1 = januar
date-month-2 = februar
date-month-3 = mart
date-month-4 = april
date-month-5 = maj
date-month-6 = juni
date-month-7 = juli
date-month-8 = august
date-month-9 = septembar
date-month-10 = oktobar
date-month-11 = novembar
date-month-12 = decembar

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Danas
# A button that sets the date to yesterday.
date-yesterday = Jučer
# A button that opens the lists for choosing any other day.
date-other = Drugi datum
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = Bez datuma
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = Dan
date-month = Mjesec
date-year = Godina
# The names of the lists a time of day is chosen from.
time-hour = Sat
time-minute = Minuta
