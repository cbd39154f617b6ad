## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = التقارير
report-kind-half-year = التقرير المرحلي نصف السنوي
report-kind-final = التقرير الختامي
report-kind-annual = الملخص السنوي
report-kind = التقرير
report-year = السنة
report-half = نصف السنة
report-half-first = يناير–يونيو
report-half-second = يوليو–ديسمبر
report-show = عرض التقرير
report-summary = الملخص
report-period = الفترة
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = يُسلَّم في موعد أقصاه
report-project = المشروع
report-status = الحالة
report-status-ongoing = جارٍ
report-status-finished = منتهٍ
report-group = الفئة
report-table = الجدول
report-reached = الذين تم الوصول إليهم
report-expected = المتوقع حسب الطلب
report-new = الجدد في المشروع
report-new-note = عدد الذين تم الوصول إليهم يحسب مرات التواصل: الشخص نفسه في عشر مناسبات يُحسب عشر مرات. الجدد في المشروع هم الذين حضروا لأول مرة، وبهم تُقارَن الأعداد المتوقعة.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { PLURAL($count) ->
    [zero] لم تُسجَّل أي مناسبة دون ذكر عدد الجدد في المشروع.
    [one] سُجِّلت مناسبة واحدة دون ذكر عدد الجدد في المشروع.
    [two] سُجِّلت مناسبتان دون ذكر عدد الجدد في المشروع.
    [few] سُجِّلت { $count } مناسبات دون ذكر عدد الجدد في المشروع.
    [many] سُجِّلت { $count } مناسبةً دون ذكر عدد الجدد في المشروع.
   *[other] سُجِّلت { $count } مناسبة دون ذكر عدد الجدد في المشروع.
}
report-share = نسبة الجدد من المتوقع
report-women = النساء
report-men = الرجال
report-girls = الفتيات
report-boys = الفتيان
report-other = غير ذلك أو غير مذكور
report-total = المجموع
report-occasions = اللقاءات
report-hours = الساعات
report-by-area = حسب المنطقة
report-by-topic = حسب الموضوع
report-by-venue-type = حسب نوع المكان
report-by-language = حسب اللغة
report-referrals = الإحالات حسب الجهة
report-questions = الأسئلة حسب الفئة
report-count = العدد
report-text-done = الأنشطة التي تم تنفيذها
report-text-analysis = تحليل مدى تحقيق الأهداف
report-text-afterwards = كيف يُستفاد من التجربة لاحقًا
report-outcomes = النتائج
report-target = الهدف
report-target-share = نسبة تحقيق الهدف
report-partners = الشركاء
report-development-areas = مجالات التنمية
report-text-areas = نص لكل مجال تنمية
report-text-projects = نص لكل مشروع
report-save-texts = حفظ النصوص
report-texts-saved = تم حفظ النصوص.
report-threshold = إخفاء الأعداد الأقل من
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = لا تُعرض الأعداد من 1 إلى أقل من { $threshold } حتى لا يمكن التعرف على أي شخص.
report-suppressed-more = تُخفى أيضًا بعض الأعداد الأخرى، حتى لا يمكن استنتاج أي عدد مخفي من المجاميع المعروضة.
report-suppressed = مخفي
report-export-xlsx = تنزيل بصيغة Excel (XLSX)
report-export-csv = تنزيل بصيغة CSV
report-print = طباعة
report-no-projects = لم يكن أي من مشاريعك جاريًا خلال هذه الفترة.
report-personal-data = يبدو أن النص يحتوي على بيانات شخصية (رقم هوية أو رقم هاتف أو بريد إلكتروني). احذفها قبل الحفظ.
report-hand-in = تسليم التقرير
report-hand-in-question = هل تريد تسليم التقرير كما هو الآن؟ ستُقفَل أرقامه ونصوصه، وستظهر التصحيحات التي تُجرى لاحقًا على شكل فروق.
report-hand-in-yes = نعم، سلِّمه
report-hand-in-no = إلغاء
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = سلّمه { $name } في { $date }. يُعرض التقرير كما سُلِّم.
report-changes = ما تغيّر منذ التسليم
report-no-changes = لم يتغيّر شيء منذ التسليم.
report-change-figure = البند
report-change-then = عند التسليم
report-change-now = الآن
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }، من الجدد في المشروع
report-calendar = تقويم التقارير
report-calendar-report = التقرير
report-calendar-due = يُسلَّم في موعد أقصاه
report-calendar-standing = الحالة
report-calendar-open = فتح
report-calendar-empty = ليس لدى مشاريعك تقارير يجب تسليمها.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = تقرير مرحلي { $year }، نصف السنة { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = سُلِّم في { $date }
report-standing-running = الفترة جارية
report-standing-due = يجب تسليمه
report-standing-overdue = متأخر
