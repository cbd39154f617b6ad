## Dates, written by the program from these parts in the Gregorian calendar the
## municipality works in; the program writes the numbers in the language's digits.

# A date in a list, such as an entry in My log.
# Variables:
#   $weekday (String) - the day of the week, from date-weekday-*
#   $day (Number) - the day of the month
#   $month (String) - the month, from date-month-*
date-short = { $day } { $month } { $weekday }
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
date-time = { $date } { $time }

## Days of the week from Monday, short.
date-weekday-1 = Pzt
date-weekday-2 = Sal
date-weekday-3 = Çar
date-weekday-4 = Per
date-weekday-5 = Cum
date-weekday-6 = Cmt
date-weekday-7 = Paz

## Months from January, as written after a day's number.
date-month-1 = Ocak
date-month-2 = Şubat
date-month-3 = Mart
date-month-4 = Nisan
date-month-5 = Mayıs
date-month-6 = Haziran
date-month-7 = Temmuz
date-month-8 = Ağustos
date-month-9 = Eylül
date-month-10 = Ekim
date-month-11 = Kasım
date-month-12 = Aralık

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = Bugün
# A button that sets the date to yesterday.
date-yesterday = Dün
# A button that opens the lists for choosing any other day.
date-other = Başka bir tarih
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = Tarih yok
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = Gün
date-month = Ay
date-year = Yıl
# The names of the lists a time of day is chosen from.
time-hour = Saat
time-minute = Dakika
