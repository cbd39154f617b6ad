## The log form: one outreach occasion.

log-title-new = دانیشتنی نوێ
log-title-edit = دەستکاریکردنی دانیشتن
log-title-draft = ڕەشنووس
log-project = پڕۆژە
log-choose = هەڵبژێرە…
log-date = بەروار
log-start-time = کاتی دەستپێک
log-duration = ماوە
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } خولەک
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } کاتژمێر
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } کاتژمێر و { $minutes } خولەک
log-area = ناوچە
log-venue = شوێن
log-venue-type = جۆری شوێن
log-format = جۆری چالاکی
log-languages = ئەو زمانانەی بەکارهاتن
log-topics = بابەتەکان
log-people = ژمارەی ئەو کەسانەی پێیان گەیشتین
log-people-women = ژنان
log-people-men = پیاوان
log-people-girls = کچان
log-people-boys = کوڕان
log-people-other = هی تر / دیاری نەکراو
# Variables:
#   $total (Number) - everyone reached
log-people-total = بەگشتی { $total } { $total ->
    [one] کەس
   *[other] کەس
}
log-new-people = لەوانە، نوێکان لە پڕۆژەکەدا
log-new-people-hint = ئەوانەی بۆ یەکەم جار هاتوونەتە ئەم پڕۆژەیە. تەنها بیانژمێرە، هیچ ناوێک مەنووسە.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = ڕەوانەکردنەکان ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = پرسیارەکان بەپێی جۆر ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = ئەنجامەکان ({ $total })
log-partners = هاوبەشەکان
log-co-hosts = پێکەوە لەگەڵ
log-note = تێبینی
log-note-hint = بنووسە چی کرا، نەک کێ: نە ناو، نە ژمارەی کەسی، نە ژمارەی تەلەفۆن و نە ئیمەیڵ.
log-problems-title = پێش ئەوەی دانیشتنەکە پاشەکەوت بکرێت:
log-problem-missing-project = پڕۆژە هەڵبژێرە.
log-problem-missing-date = بەروار بنووسە.
log-problem-missing-start-time = کاتی دەستپێک بنووسە.
log-problem-missing-duration = ماوە هەڵبژێرە.
log-problem-missing-area = ناوچە هەڵبژێرە.
log-problem-missing-venue = شوێن هەڵبژێرە.
log-problem-missing-venue-type = جۆری شوێن هەڵبژێرە.
log-problem-missing-format = جۆری چالاکی هەڵبژێرە.
log-problem-missing-languages = لانیکەم یەک زمان هەڵبژێرە کە بەکارهاتووە.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = یەکێک لە ژمارەکان ژمارەیەکی تەواو نییە لە سفرەوە تا { $max }. خانە نیشانکراوەکە ڕاست بکەرەوە.
log-problem-missing-other = خانەیەک بەتاڵە.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } ئیتر لە لیستەکەدا نییە. دووبارە هەڵبژێرە.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = بابەتی { $item } سەر بەم پڕۆژەیە نییە.
log-problem-section-not-used = ئەم پڕۆژەیە ئەم بەشەی فۆرمەکە بەکارناهێنێت.
log-problem-bad-co-host = کەسێک کە دانیشتنەکەت لەگەڵی بەڕێوە بردووە ئیتر لە پڕۆژەکەدا نییە. لای ببە و دووبارە پاشەکەوتی بکە.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } دوو جار نووسراوە یان ژمارەکەی سفرە.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = ماوەکە دەبێت لە نێوان { $min } و { $max } خولەکدا بێت.
log-problem-new-people = ژمارەی ئەوانەی وەک نوێ نیشانکراون زیاترە لە ژمارەی ئەوانەی پێیان گەیشتین. نوێکان لەناو ئەوانەدا دەژمێردرێن کە پێیان گەیشتین.
log-problem-date-future = ئەم بەروارە هێشتا نەهاتووە. بەرواری ئەمڕۆ یان بەروارێکی پێشتر هەڵبژێرە.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = پڕۆژەکە لە { $start } دەستی پێکرد. ئەو ڕۆژە یان بەروارێکی دواتر هەڵبژێرە.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = پڕۆژەکە لە { $end } کۆتایی هات. ئەو ڕۆژە یان بەروارێکی پێشتر هەڵبژێرە.
log-problem-date-not-kept = شارەوانی تەنها ئەو دانیشتنانە دەپارێزێت کە لە { $start } بەدواوەن (پاککردنەوەی خولی). دانیشتنێکی کۆنتر وەرناگیرێت.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = تێبینییەکە نابێت لە { $max } پیت زیاتر بێت.
log-nobody-question = لەم دانیشتنەدا نەگەیشتینە هیچ کەسێک. دەتەوێت هەر پاشەکەوتی بکەیت؟
log-nobody-save = بەڵێ، پاشەکەوتی بکە
log-nobody-back = نەخێر، بگەڕێوە
log-unsaved-changes = گۆڕانکارییەکانی ئەم دانیشتنە تەواو نەبوون. تەواویان بکە و پاشەکەوتیان بکە، یان هەڵیانوەشێنەوە.
log-discard = هەڵوەشاندنەوەی گۆڕانکارییەکان
log-save = پاشەکەوتکردن
log-saved = پاشەکەوت کرا. کاتێک ئامێرەکە پەیوەست بوو دەنێردرێت.
log-again-title = تۆمارکردن وەک پێشوو
