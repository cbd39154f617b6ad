## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = ڕاپۆرتەکان
report-kind-half-year = ڕاپۆرتی شەش مانگی
report-kind-final = ڕاپۆرتی کۆتایی
report-kind-annual = کورتەی ساڵانە
report-kind = ڕاپۆرت
report-year = ساڵ
report-half = نیوەی ساڵ
report-half-first = کانوونی دووەم–حوزەیران
report-half-second = تەممووز–کانوونی یەکەم
report-show = پیشاندانی ڕاپۆرت
report-summary = کورتە
report-period = ماوە
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = دوایین وادەی پێشکەشکردن
report-project = پڕۆژە
report-status = دۆخ
report-status-ongoing = بەردەوامە
report-status-finished = تەواو بووە
report-group = گرووپ
report-table = خشتە
report-reached = ئەوانەی پێیان گەیشتین
report-expected = چاوەڕوانکراو بەپێی داواکارییەکە
report-new = نوێکان لە پڕۆژەکەدا
report-new-note = ژمارەی ئەوانەی پێیان گەیشتین پەیوەندییەکان دەژمێرێت: هەمان کەس لە دە دانیشتندا دە جار دەژمێردرێت. نوێکان لە پڕۆژەکەدا ئەوانەن کە بۆ یەکەم جار هاتوون، و ژمارە چاوەڕوانکراوەکان لەگەڵ ئەوان بەراورد دەکرێن.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } دانیشتن تۆمار کرا بێ ئەوەی بگوترێت چەند کەس لە پڕۆژەکەدا نوێ بوون.
   *[other] { $count } دانیشتن تۆمار کران بێ ئەوەی بگوترێت چەند کەس لە پڕۆژەکەدا نوێ بوون.
}
report-share = ڕێژەی نوێکان لە چاوەڕوانکراو
report-women = ژنان
report-men = پیاوان
report-girls = کچان
report-boys = کوڕان
report-other = هی تر یان دیاری نەکراو
report-total = کۆی گشتی
report-occasions = دانیشتنەکان
report-hours = کاتژمێرەکان
report-by-area = ژمارەی کەسان بەپێی ناوچە
report-by-topic = ژمارەی کەسان بەپێی بابەت
report-by-venue-type = ژمارەی کەسان بەپێی جۆری شوێن
report-by-language = ژمارەی کەسان بەپێی زمان
report-referrals = ڕەوانەکردنەکان بەپێی خزمەتگوزاری
report-questions = پرسیارەکان بەپێی جۆر
report-count = ژمارە
report-text-done = ئەو چالاکییانەی ئەنجام دران
report-text-analysis = شیکردنەوەی گەیشتن بە ئامانجەکان
report-text-afterwards = چۆن سوود لە ئەزموونەکان وەردەگیرێت
report-outcomes = ئەنجامەکان
report-target = ئامانج
report-target-share = ڕێژە لە ئامانجەکە
report-partners = هاوبەشەکان
report-development-areas = بوارەکانی پەرەپێدان
report-text-areas = دەق بۆ هەر بوارێکی پەرەپێدان
report-text-projects = دەق بۆ هەر پڕۆژەیەک
report-save-texts = پاشەکەوتکردنی دەقەکان
report-texts-saved = دەقەکان پاشەکەوت کران.
report-threshold = شاردنەوەی ژمارەکانی کەمتر لە
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = ژمارەکان لە یەکەوە تا کەمتر لە { $threshold } پیشان نادرێن، بۆ ئەوەی کەس نەناسرێتەوە.
report-suppressed-more = هەندێک ژمارەی تریش دەشاردرێنەوە، بۆ ئەوەی هیچ ژمارەیەکی شاراوە لەو کۆ گشتییانەی پیشان دەدرێن نەدۆزرێتەوە.
report-suppressed = شاراوە
report-export-xlsx = داگرتن وەک Excel (XLSX)
report-export-csv = داگرتن وەک CSV
report-print = چاپکردن
report-no-projects = هیچ یەکێک لە پڕۆژەکانت لەم ماوەیەدا بەردەوام نەبوو.
report-personal-data = وا دیارە دەقەکە زانیاری کەسی تێدایە (ژمارەی کەسی، ژمارەی تەلەفۆن یان ئیمەیڵ). پێش پاشەکەوتکردن بیانسڕەوە.
report-hand-in = پێشکەشکردنی ڕاپۆرتەکە
report-hand-in-question = ڕاپۆرتەکە بەو شێوەیەی ئێستا هەیە پێشکەش بکرێت؟ ژمارە و دەقەکانی قفڵ دەکرێن، و ئەو ڕاستکردنەوانەی دواتر دەکرێن وەک جیاوازی پیشان دەدرێن.
report-hand-in-yes = بەڵێ، پێشکەشی بکە
report-hand-in-no = هەڵوەشاندنەوە
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = { $name } لە { $date } پێشکەشی کرد. ڕاپۆرتەکە وەک کاتی پێشکەشکردنی پیشان دەدرێت.
report-changes = گۆڕانکاری لە دوای پێشکەشکردنەوە
report-no-changes = لە دوای پێشکەشکردنەوە هیچ شتێک نەگۆڕاوە.
report-change-figure = بڕگە
report-change-then = لە کاتی پێشکەشکردندا
report-change-now = ئێستا
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }، نوێ لە پڕۆژەکەدا
report-calendar = ساڵنامەی ڕاپۆرتەکان
report-calendar-report = ڕاپۆرت
report-calendar-due = دوایین وادەی پێشکەشکردن
report-calendar-standing = دۆخ
report-calendar-open = کردنەوە
report-calendar-empty = پڕۆژەکانت هیچ ڕاپۆرتێکیان نییە بۆ پێشکەشکردن.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = ڕاپۆرتی شەش مانگی { $year }، نیوەی ساڵ { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = لە { $date } پێشکەش کرا
report-standing-running = ماوەکە بەردەوامە
report-standing-due = دەبێت پێشکەش بکرێت
report-standing-overdue = دواکەوتووە
