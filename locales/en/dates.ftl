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
date-weekday-1 = Mon
date-weekday-2 = Tue
date-weekday-3 = Wed
date-weekday-4 = Thu
date-weekday-5 = Fri
date-weekday-6 = Sat
date-weekday-7 = Sun

## Months from January, as written after a day's number.
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Today
# A button that sets the date to yesterday.
date-yesterday = Yesterday
# A button that opens the lists for choosing any other day.
date-other = Another date
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = No date
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = Day
date-month = Month
date-year = Year
# The names of the lists a time of day is chosen from.
time-hour = Hour
time-minute = Minute
