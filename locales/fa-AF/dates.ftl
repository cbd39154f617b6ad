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
date-time = { $date }، ساعت { $time }

## Days of the week from Monday, short.
date-weekday-1 = دوشنبه
date-weekday-2 = سه‌شنبه
date-weekday-3 = چهارشنبه
date-weekday-4 = پنجشنبه
date-weekday-5 = جمعه
date-weekday-6 = شنبه
date-weekday-7 = یکشنبه

## Months from January, as written after a day's number.
date-month-1 = جنوری
date-month-2 = فبروری
date-month-3 = مارچ
date-month-4 = اپریل
date-month-5 = می
date-month-6 = جون
date-month-7 = جولای
date-month-8 = اگست
date-month-9 = سپتمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = امروز
# A button that sets the date to yesterday.
date-yesterday = دیروز
# A button that opens the lists for choosing any other day.
date-other = تاریخ دیگر
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = بدون تاریخ
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = روز
date-month = ماه
date-year = سال
# The names of the lists a time of day is chosen from.
time-hour = ساعت
time-minute = دقیقه
