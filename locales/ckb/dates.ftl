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
date-time = { $date }، کاتژمێر { $time }

## Days of the week from Monday, short.
date-weekday-1 = دووشەممە
date-weekday-2 = سێشەممە
date-weekday-3 = چوارشەممە
date-weekday-4 = پێنجشەممە
date-weekday-5 = هەینی
date-weekday-6 = شەممە
date-weekday-7 = یەکشەممە

## Months from January, as written after a day's number.
date-month-1 = کانوونی دووەم
date-month-2 = شوبات
date-month-3 = ئازار
date-month-4 = نیسان
date-month-5 = ئایار
date-month-6 = حوزەیران
date-month-7 = تەممووز
date-month-8 = ئاب
date-month-9 = ئەیلوول
date-month-10 = تشرینی یەکەم
date-month-11 = تشرینی دووەم
date-month-12 = کانوونی یەکەم

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = ئەمڕۆ
# A button that sets the date to yesterday.
date-yesterday = دوێنێ
# A button that opens the lists for choosing any other day.
date-other = بەرواری تر
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = بێ بەروار
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = ڕۆژ
date-month = مانگ
date-year = ساڵ
# The names of the lists a time of day is chosen from.
time-hour = کاتژمێر
time-minute = خولەک
