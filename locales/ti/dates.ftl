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
date-time = { $date }፣ { $time }

## Days of the week from Monday, short.
date-weekday-1 = ሰኑይ
date-weekday-2 = ሰሉስ
date-weekday-3 = ረቡዕ
date-weekday-4 = ሓሙስ
date-weekday-5 = ዓርቢ
date-weekday-6 = ቀዳም
date-weekday-7 = ሰንበት

## Months from January, as written after a day's number.
date-month-1 = ጥሪ
date-month-2 = ለካቲት
date-month-3 = መጋቢት
date-month-4 = ሚያዝያ
date-month-5 = ግንቦት
date-month-6 = ሰነ
date-month-7 = ሓምለ
date-month-8 = ነሓሰ
date-month-9 = መስከረም
date-month-10 = ጥቅምቲ
date-month-11 = ሕዳር
date-month-12 = ታሕሳስ

## Choosing a date and a time in the form and the coordinator pages.

# A button that sets the date to today.
date-today = ሎሚ
# A button that sets the date to yesterday.
date-yesterday = ትማሊ
# A button that opens the lists for choosing any other day.
date-other = ካልእ ዕለት
# Shown where a date may be left empty and is, such as a filter without a first day.
date-none = ዕለት የለን
# The names of the lists a date is chosen from: the day of the month, the month, the year.
date-day = መዓልቲ
date-month = ወርሒ
date-year = ዓመት
# The names of the lists a time of day is chosen from.
time-hour = ሰዓት
time-minute = ደቒቕ
