## The log form: one outreach occasion.

log-title-new = جلسهٔ نو
log-title-edit = تغییر جلسه
log-title-draft = مسوده
log-project = پروژه
log-choose = انتخاب کنید…
log-date = تاریخ
log-start-time = وقت شروع
log-duration = مدت
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } دقیقه
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } ساعت
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } ساعت و { $minutes } دقیقه
log-area = منطقه
log-venue = محل
log-venue-type = نوع محل
log-format = نوع فعالیت
log-languages = زبان‌هایی که استفاده شد
log-topics = موضوعات
log-people = تعداد افراد
log-people-women = زنان
log-people-men = مردان
log-people-girls = دختران
log-people-boys = پسران
log-people-other = دیگر / نامعلوم
# Variables:
#   $total (Number) - everyone reached
log-people-total = در مجموع { $total } { $total ->
    [one] نفر
   *[other] نفر
}
log-new-people = از این میان، افراد نو در پروژه
log-new-people-hint = کسانی که برای اولین بار به این پروژه آمده اند. فقط بشمارید، نام ننویسید.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = ارجاع‌ها ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = سوال‌ها به تفکیک کتگوری ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = نتایج ({ $total })
log-partners = شرکای همکاری
log-co-hosts = همراه با
log-note = یادداشت
log-note-hint = بنویسید چه کاری شد، نه این که چه کسی: نه نام، نه نمبر شخصی، نه نمبر تلفون و نه ایمیل.
log-problems-title = قبل از ذخیرهٔ جلسه:
log-problem-missing-project = پروژه را انتخاب کنید.
log-problem-missing-date = تاریخ را بنویسید.
log-problem-missing-start-time = وقت شروع را بنویسید.
log-problem-missing-duration = مدت را انتخاب کنید.
log-problem-missing-area = منطقه را انتخاب کنید.
log-problem-missing-venue = محل را انتخاب کنید.
log-problem-missing-venue-type = نوع محل را انتخاب کنید.
log-problem-missing-format = نوع فعالیت را انتخاب کنید.
log-problem-missing-languages = حداقل یک زبانی را که استفاده شد انتخاب کنید.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = یکی از تعدادها عدد صحیح بین صفر و { $max } نیست. خانهٔ نشان‌داده‌شده را اصلاح کنید.
log-problem-missing-other = یک خانه خالی مانده است.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } دیگر در لست نیست. دوباره انتخاب کنید.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = موضوع { $item } مربوط این پروژه نیست.
log-problem-section-not-used = این پروژه از این بخش فورم استفاده نمی‌کند.
log-problem-bad-co-host = یکی از کسانی که جلسه را همراه با آن‌ها برگزار کردید دیگر در پروژه نیست. او را بردارید و دوباره ذخیره کنید.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } دو بار یا با تعداد صفر نوشته شده است.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = مدت باید بین { $min } تا { $max } دقیقه باشد.
log-problem-new-people = تعداد کسانی که نو نشان شده اند از تعداد افراد تحت پوشش بیشتر است. افراد نو در جمع افراد تحت پوشش حساب می‌شوند.
log-problem-date-future = این تاریخ هنوز نرسیده است. تاریخ امروز یا یک تاریخ قبل از آن را انتخاب کنید.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = پروژه در { $start } شروع شد. همان روز یا یک تاریخ بعد از آن را انتخاب کنید.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = پروژه در { $end } ختم شد. همان روز یا یک تاریخ قبل از آن را انتخاب کنید.
log-problem-date-not-kept = شاروالی جلسه‌ها را فقط از { $start } به بعد نگه می‌دارد (پاک‌سازی دوره‌ای). جلسهٔ قدیمی‌تر پذیرفته نمی‌شود.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = یادداشت بیشتر از { $max } حرف شده نمی‌تواند.
log-nobody-question = در این جلسه با هیچ کس تماس برقرار نشد. باز هم ذخیره شود؟
log-nobody-save = بلی، ذخیره شود
log-nobody-back = نخیر، برگرد
log-unsaved-changes = تغییرات این جلسه تکمیل نشده است. آن‌ها را تکمیل و ذخیره کنید، یا لغو کنید.
log-discard = لغو تغییرات
log-save = ذخیره
log-saved = ذخیره شد. وقتی دستگاه وصل شود، فرستاده می‌شود.
log-again-title = ثبت مانند دفعه‌های قبل
