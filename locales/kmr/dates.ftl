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
date-weekday-1 = duşem
date-weekday-2 = sêşem
date-weekday-3 = çarşem
date-weekday-4 = pêncşem
date-weekday-5 = în
date-weekday-6 = şemî
date-weekday-7 = yekşem

## Months from January, as written after a day's number.
date-month-1 = çile
date-month-2 = sibat
date-month-3 = adar
date-month-4 = nîsan
date-month-5 = gulan
date-month-6 = hezîran
date-month-7 = tîrmeh
date-month-8 = tebax
date-month-9 = îlon
date-month-10 = cotmeh
date-month-11 = mijdar
date-month-12 = kanûn

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Îro
# A button that sets the date to yesterday.
date-yesterday = Duh
# A button that opens the lists for choosing any other day.
date-other = Dîrokeke din
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = Bê dîrok
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = Roj
date-month = Meh
date-year = Sal
# The names of the lists a time of day is chosen from.
time-hour = Saet
time-minute = Deqîqe
