## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = گزارش‌ها
report-kind-half-year = گزارش شش‌ماهه
report-kind-final = گزارش نهایی
report-kind-annual = جمع‌بندی سالانه
report-kind = گزارش
report-year = سال
report-half = نیم‌سال
report-half-first = ژانویه–ژوئن
report-half-second = ژوئیه–دسامبر
report-show = نمایش گزارش
report-summary = خلاصه
report-period = دوره
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = مهلت تحویل
report-project = پروژه
report-status = وضعیت
report-status-ongoing = در جریان
report-status-finished = پایان‌یافته
report-group = گروه
report-table = جدول
report-reached = افراد تحت پوشش
report-expected = پیش‌بینی‌شده در درخواست
report-new = افراد جدید در پروژه
report-new-note = شمار افراد تحت پوشش دفعات حضور را می‌شمارد: یک نفر در ده نشست ده بار شمرده می‌شود. افراد جدید در پروژه کسانی‌اند که برای نخستین بار آمده‌اند، و اعداد پیش‌بینی‌شده با همین افراد مقایسه می‌شوند.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } نشست بدون ذکر تعداد افراد جدید در پروژه ثبت شد.
   *[other] { $count } نشست بدون ذکر تعداد افراد جدید در پروژه ثبت شدند.
}
report-share = درصد افراد جدید از پیش‌بینی
report-women = زنان
report-men = مردان
report-girls = دختران
report-boys = پسران
report-other = دیگر یا نامشخص
report-total = جمع کل
report-occasions = نشست‌ها
report-hours = ساعت‌ها
report-by-area = افراد تحت پوشش به تفکیک منطقه
report-by-topic = افراد تحت پوشش به تفکیک موضوع
report-by-venue-type = افراد تحت پوشش به تفکیک نوع مکان
report-by-language = افراد تحت پوشش به تفکیک زبان
report-referrals = ارجاع‌ها به تفکیک نهاد
report-questions = پرسش‌ها به تفکیک دسته
report-count = تعداد
report-text-done = چه فعالیت‌هایی انجام شد
report-text-analysis = تحلیل میزان دستیابی به اهداف
report-text-afterwards = تجربه‌ها چگونه در آینده به کار گرفته می‌شوند
report-outcomes = نتایج
report-target = هدف
report-target-share = درصد تحقق هدف
report-partners = شرکای همکاری
report-development-areas = حوزه‌های توسعه
report-text-areas = متن هر حوزهٔ توسعه
report-text-projects = متن هر پروژه
report-save-texts = ذخیرهٔ متن‌ها
report-texts-saved = متن‌ها ذخیره شد.
report-threshold = پنهان کردن اعداد کمتر از
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = اعداد از یک تا کمتر از { $threshold } نمایش داده نمی‌شوند تا هیچ‌کس قابل شناسایی نباشد.
report-suppressed-more = چند عدد دیگر نیز پنهان می‌شوند تا هیچ عدد پنهانی از جمع‌های نمایش‌داده‌شده قابل محاسبه نباشد.
report-suppressed = پنهان
report-export-xlsx = دانلود به‌صورت Excel (XLSX)
report-export-csv = دانلود به‌صورت CSV
report-print = چاپ
report-no-projects = هیچ‌یک از پروژه‌های شما در این دوره در جریان نبود.
report-personal-data = به نظر می‌رسد متن اطلاعات شخصی دارد (شمارهٔ شخصی، شمارهٔ تلفن یا ایمیل). پیش از ذخیره آن را پاک کنید.
report-hand-in = تحویل گزارش
report-hand-in-question = آیا گزارش به شکل فعلی‌اش تحویل داده شود؟ اعداد و متن‌های آن قفل می‌شوند و اصلاحاتی که بعداً انجام شود به‌صورت تفاوت نمایش داده می‌شود.
report-hand-in-yes = بله، تحویل داده شود
report-hand-in-no = انصراف
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = { $name } آن را در { $date } تحویل داد. گزارش همان‌طور که تحویل داده شد نمایش داده می‌شود.
report-changes = تغییرات پس از تحویل
report-no-changes = از زمان تحویل چیزی تغییر نکرده است.
report-change-figure = مورد
report-change-then = هنگام تحویل
report-change-now = اکنون
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }، جدید در پروژه
report-calendar = تقویم گزارش‌ها
report-calendar-report = گزارش
report-calendar-due = مهلت تحویل
report-calendar-standing = وضعیت
report-calendar-open = باز کردن
report-calendar-empty = پروژه‌های شما گزارشی برای تحویل ندارند.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = گزارش شش‌ماهه { $year }، نیم‌سال { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = تحویل‌شده در { $date }
report-standing-running = دوره در جریان است
report-standing-due = باید تحویل داده شود
report-standing-overdue = مهلت گذشته
