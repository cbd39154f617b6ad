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
date-time = { $date }، { $time }

## Days of the week from Monday, short.
date-weekday-1 = الاثنين
date-weekday-2 = الثلاثاء
date-weekday-3 = الأربعاء
date-weekday-4 = الخميس
date-weekday-5 = الجمعة
date-weekday-6 = السبت
date-weekday-7 = الأحد

## Months from January, as written after a day's number.
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = اليوم
# A button that sets the date to yesterday.
date-yesterday = أمس
# A button that opens the lists for choosing any other day.
date-other = تاريخ آخر
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = بدون تاريخ
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = يوم الشهر
date-month = الشهر
date-year = السنة
# The names of the lists a time of day is chosen from.
time-hour = الساعة
time-minute = الدقيقة
