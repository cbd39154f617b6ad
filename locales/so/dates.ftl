## Dates, written by the program from these parts in the Gregorian calendar the
## municipality works in; the program writes the numbers in the language's digits.

# A date in a list, such as an entry in My log.
# Variables:
#   $weekday (String) - the day of the week, from date-weekday-*
#   $day (Number) - the day of the month
#   $month (String) - the month, from date-month-*
date-short = { $weekday }, { $day } { $month }
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
date-weekday-1 = Isniin
date-weekday-2 = Talaado
date-weekday-3 = Arbaco
date-weekday-4 = Khamiis
date-weekday-5 = Jimco
date-weekday-6 = Sabti
date-weekday-7 = Axad

## Months from January, as written after a day's number.
date-month-1 = Jannaayo
date-month-2 = Febraayo
date-month-3 = Maarso
date-month-4 = Abriil
date-month-5 = May
date-month-6 = Juun
date-month-7 = Luuliyo
date-month-8 = Ogost
date-month-9 = Sebtembar
date-month-10 = Oktoobar
date-month-11 = Nofembar
date-month-12 = Desembar

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Maanta
# A button that sets the date to yesterday.
date-yesterday = Shalay
# A button that opens the lists for choosing any other day.
date-other = Taariikh kale
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = Taariikh ma jirto
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = Maalin
date-month = Bil
date-year = Sannad
# The names of the lists a time of day is chosen from.
time-hour = Saacad
time-minute = Daqiiqad
