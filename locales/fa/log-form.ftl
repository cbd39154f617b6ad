## The log form: one outreach occasion.

log-title-new = نشست جدید
log-title-edit = ویرایش نشست
log-title-draft = پیش‌نویس
log-project = پروژه
log-choose = انتخاب کنید…
log-date = تاریخ
log-start-time = ساعت شروع
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
log-venue = مکان
log-venue-type = نوع مکان
log-format = نوع فعالیت
log-languages = زبان‌هایی که استفاده شد
log-topics = موضوع‌ها
log-people = تعداد افراد
log-people-women = زنان
log-people-men = مردان
log-people-girls = دختران
log-people-boys = پسران
log-people-other = دیگر / نامشخص
# Variables:
#   $total (Number) - everyone reached
log-people-total = در مجموع { $total } { $total ->
    [one] نفر
   *[other] نفر
}
log-new-people = از این میان، افراد جدید در پروژه
log-new-people-hint = کسانی که برای نخستین بار به این پروژه آمده‌اند. فقط بشمارید، نامی ننویسید.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = ارجاع‌ها ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = پرسش‌ها به تفکیک دسته ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = نتایج ({ $total })
log-partners = شرکای همکاری
log-co-hosts = همراه با
log-note = یادداشت
log-note-hint = بنویسید چه کاری انجام شد، نه اینکه چه کسی: بدون نام، شمارهٔ شخصی، شمارهٔ تلفن یا ایمیل.
log-problems-title = پیش از ذخیرهٔ نشست:
log-problem-missing-project = پروژه را انتخاب کنید.
log-problem-missing-date = تاریخ را وارد کنید.
log-problem-missing-start-time = ساعت شروع را وارد کنید.
log-problem-missing-duration = مدت را انتخاب کنید.
log-problem-missing-area = منطقه را انتخاب کنید.
log-problem-missing-venue = مکان را انتخاب کنید.
log-problem-missing-venue-type = نوع مکان را انتخاب کنید.
log-problem-missing-format = نوع فعالیت را انتخاب کنید.
log-problem-missing-languages = دست‌کم یک زبانی را که استفاده شد انتخاب کنید.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = یکی از تعدادها عدد صحیحی بین صفر و { $max } نیست. فیلد علامت‌خورده را اصلاح کنید.
log-problem-missing-other = یک فیلد خالی مانده است.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } دیگر در فهرست نیست. دوباره انتخاب کنید.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = موضوع { $item } به این پروژه مربوط نیست.
log-problem-section-not-used = این پروژه از این بخش فرم استفاده نمی‌کند.
log-problem-bad-co-host = یکی از کسانی که نشست را همراه با آن‌ها برگزار کردید دیگر در پروژه نیست. او را بردارید و دوباره ذخیره کنید.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } دو بار یا با تعداد صفر وارد شده است.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = مدت باید بین { $min } تا { $max } دقیقه باشد.
log-problem-new-people = تعداد کسانی که جدید علامت خورده‌اند از تعداد افراد تحت پوشش بیشتر است. افراد جدید جزو افراد تحت پوشش شمرده می‌شوند.
log-problem-date-future = این تاریخ هنوز نرسیده است. تاریخ امروز یا تاریخی پیش از آن را انتخاب کنید.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = پروژه در { $start } شروع شد. همان روز یا تاریخی پس از آن را انتخاب کنید.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = پروژه در { $end } به پایان رسید. همان روز یا تاریخی پیش از آن را انتخاب کنید.
log-problem-date-not-kept = شهرداری نشست‌ها را فقط از { $start } به بعد نگه می‌دارد (پاک‌سازی دوره‌ای). نشست قدیمی‌تر پذیرفته نمی‌شود.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = یادداشت حداکثر می‌تواند { $max } حرف داشته باشد.
log-nobody-question = در این نشست با هیچ‌کس ارتباطی برقرار نشد. با این حال ذخیره شود؟
log-nobody-save = بله، ذخیره شود
log-nobody-back = نه، برگرد
log-unsaved-changes = تغییرات این نشست کامل نشده است. آن‌ها را کامل و ذخیره کنید، یا لغو کنید.
log-discard = لغو تغییرات
log-save = ذخیره
log-saved = ذخیره شد. وقتی دستگاه وصل شود، فرستاده می‌شود.
log-again-title = ثبت مانند دفعه‌های قبل
