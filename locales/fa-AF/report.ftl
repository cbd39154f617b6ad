## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = گزارش‌ها
report-kind-half-year = گزارش شش‌ماهه
report-kind-final = گزارش نهایی
report-kind-annual = خلاصهٔ سالانه
report-kind = گزارش
report-year = سال
report-half = نیم سال
report-half-first = جنوری–جون
report-half-second = جولای–دسمبر
report-show = نمایش گزارش
report-summary = خلاصه
report-period = دوره
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = آخرین مهلت تسلیمی
report-project = پروژه
report-status = وضعیت
report-status-ongoing = جریان دارد
report-status-finished = ختم شده
report-group = گروه
report-table = جدول
report-reached = افراد تحت پوشش
report-expected = پیش‌بینی‌شده در درخواست
report-new = افراد نو در پروژه
report-new-note = تعداد افراد تحت پوشش دفعات حضور را حساب می‌کند: یک نفر در ده جلسه ده بار حساب می‌شود. افراد نو در پروژه کسانی اند که برای اولین بار آمده اند، و اعداد پیش‌بینی‌شده با همین افراد مقایسه می‌شوند.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } جلسه بدون ذکر تعداد افراد نو در پروژه ثبت شد.
   *[other] { $count } جلسه بدون ذکر تعداد افراد نو در پروژه ثبت شدند.
}
report-share = فیصدی افراد نو از پیش‌بینی
report-women = زنان
report-men = مردان
report-girls = دختران
report-boys = پسران
report-other = دیگر یا نامعلوم
report-total = مجموع
report-occasions = جلسه‌ها
report-hours = ساعت‌ها
report-by-area = افراد تحت پوشش به تفکیک منطقه
report-by-topic = افراد تحت پوشش به تفکیک موضوع
report-by-venue-type = افراد تحت پوشش به تفکیک نوع محل
report-by-language = افراد تحت پوشش به تفکیک زبان
report-referrals = ارجاع‌ها به تفکیک نهاد
report-questions = سوال‌ها به تفکیک کتگوری
report-count = تعداد
report-text-done = کدام فعالیت‌ها انجام شد
report-text-analysis = تحلیل رسیدن به اهداف
report-text-afterwards = از تجربه‌ها در آینده چطور استفاده می‌شود
report-outcomes = نتایج
report-target = هدف
report-target-share = فیصدی رسیدن به هدف
report-partners = شرکای همکاری
report-development-areas = ساحات انکشافی
report-text-areas = متن هر ساحهٔ انکشافی
report-text-projects = متن هر پروژه
report-save-texts = ذخیرهٔ متن‌ها
report-texts-saved = متن‌ها ذخیره شد.
report-threshold = مخفی کردن اعداد کمتر از
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = اعداد از یک تا کمتر از { $threshold } نشان داده نمی‌شوند تا هیچ کس شناخته نشود.
report-suppressed-more = چند عدد دیگر هم مخفی می‌شوند تا هیچ عدد مخفی را نتوان از مجموع‌هایی که نشان داده می‌شوند حساب کرد.
report-suppressed = مخفی
report-export-xlsx = دانلود به شکل Excel (XLSX)
report-export-csv = دانلود به شکل CSV
report-print = چاپ
report-no-projects = هیچ یک از پروژه‌های شما در این دوره جریان نداشت.
report-personal-data = به نظر می‌رسد متن معلومات شخصی دارد (نمبر شخصی، نمبر تلفون یا ایمیل). قبل از ذخیره آن را پاک کنید.
report-hand-in = تسلیم کردن گزارش
report-hand-in-question = آیا گزارش به شکل فعلی آن تسلیم شود؟ اعداد و متن‌های آن قفل می‌شوند، و اصلاحاتی که بعداً صورت گیرد به شکل تفاوت نشان داده می‌شود.
report-hand-in-yes = بلی، تسلیم شود
report-hand-in-no = لغو
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = { $name } آن را به تاریخ { $date } تسلیم کرد. گزارش به همان شکلی که تسلیم شد نشان داده می‌شود.
report-changes = تغییرات بعد از تسلیمی
report-no-changes = بعد از تسلیمی هیچ چیز تغییر نکرده است.
report-change-figure = مورد
report-change-then = هنگام تسلیمی
report-change-now = حالا
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }، نو در پروژه
report-calendar = تقویم گزارش‌ها
report-calendar-report = گزارش
report-calendar-due = آخرین مهلت تسلیمی
report-calendar-standing = وضعیت
report-calendar-open = باز کردن
report-calendar-empty = پروژه‌های شما گزارشی برای تسلیم کردن ندارند.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = گزارش شش‌ماهه { $year }، نیم سال { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = تسلیم شده به تاریخ { $date }
report-standing-running = دوره جریان دارد
report-standing-due = باید تسلیم شود
report-standing-overdue = مهلت گذشته
