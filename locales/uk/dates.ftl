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
date-long = { $day } { $month } { $year } р.
# A moment, such as the last successful sync.
# Variables:
#   $date (String) - the day, from date-long
#   $time (String) - the time of day, such as 14:05
date-time = { $date } о { $time }

## Days of the week from Monday, short.
date-weekday-1 = пн
date-weekday-2 = вт
date-weekday-3 = ср
date-weekday-4 = чт
date-weekday-5 = пт
date-weekday-6 = сб
date-weekday-7 = нд

## Months from January, as written after a day's number.
date-month-1 = січня
date-month-2 = лютого
date-month-3 = березня
date-month-4 = квітня
date-month-5 = травня
date-month-6 = червня
date-month-7 = липня
date-month-8 = серпня
date-month-9 = вересня
date-month-10 = жовтня
date-month-11 = листопада
date-month-12 = грудня

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Сьогодні
# A button that sets the date to yesterday.
date-yesterday = Учора
# A button that opens the lists for choosing any other day.
date-other = Інша дата
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = Без дати
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = День
date-month = Місяць
date-year = Рік
# The names of the lists a time of day is chosen from.
time-hour = Година
time-minute = Хвилина
