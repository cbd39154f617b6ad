## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = ورود هماهنگ‌کننده
coordinator-login-name = نام کاربری
coordinator-password = رمز
coordinator-login-button = ورود
coordinator-logout = خروج
coordinator-activities-title = جلسه‌های ثبت‌شده
coordinator-from = از
coordinator-to = تا
coordinator-project = پروژه
coordinator-all-projects = همه پروژه‌های من
coordinator-column-date = تاریخ
coordinator-column-project = پروژه
coordinator-column-area = منطقه
coordinator-column-venue = محل
coordinator-column-people = افراد
coordinator-column-author = ثبت‌کننده
coordinator-previous = قبلی
coordinator-next = بعدی
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = وارد شده به نام { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] هیچ جلسه‌ای نیست.
    [one] { $count } جلسه.
   *[other] { $count } جلسه.
}
coordinator-nav-activities = جلسه‌ها
coordinator-nav-overview = نمای عمومی
coordinator-overview-title = نمای عمومی
coordinator-occasions = جلسه
coordinator-hours = ساعت
coordinator-people-total = نفر تحت پوشش
coordinator-active-guides = رهنمای صحی و کارمند فعال
coordinator-by-month = افراد تحت پوشش به تفکیک ماه
coordinator-by-area = به تفکیک منطقه
coordinator-topics = موضوعات
coordinator-languages = زبان‌ها
coordinator-column-occasions = جلسه‌ها
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = زنان { $women }، مردان { $men }، دختران { $girls }، پسران { $boys }، دیگر یا نامعلوم { $other }.

## Entries in full, corrections and review marks.

coordinator-details = نمایش
coordinator-field-format = نوع فعالیت
coordinator-field-minutes = دقیقه
coordinator-field-note = یادداشت
coordinator-reviewed = بررسی شده
coordinator-reviewed-any = همه
coordinator-filter-any = همه
coordinator-reviewed-waiting = منتظر بررسی
coordinator-reviewed-done = بررسی شده‌ها
coordinator-yes = بلی
coordinator-no = نخیر
coordinator-mark-reviewed = علامه‌گذاری به حیث بررسی شده
coordinator-mark-unreviewed = برداشتن علامهٔ بررسی
coordinator-correct-title = اصلاح یک خانه
coordinator-correct-field = خانه
coordinator-correct-value = مقدار جدید
coordinator-correct-button = اصلاح
coordinator-corrected = اصلاح ذخیره شد و در همگام‌سازی بعدی به دستگاه‌های رهنما می‌رسد.
coordinator-bad-value = این مقدار با خانه جور نمی‌آید: تعداد باید عدد صحیح باشد و تاریخ به شکل YYYY-MM-DD نوشته می‌شود.
coordinator-by-gender-title = افراد تحت پوشش به تفکیک جنسیت و گروه سنی
coordinator-venues = محل‌ها

## Kept conflicts.

coordinator-nav-conflicts = تضادها
coordinator-conflicts-title = تضادهای منتظر تصمیم
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] هیچ تضادی منتظر نیست.
    [one] { $count } تضاد منتظر تصمیم است.
   *[other] { $count } تضاد منتظر تصمیم است.
}
coordinator-conflict-field = خانه
coordinator-conflict-kept = مقدار ذخیره‌شده
coordinator-conflict-lost = مقداری که کنار گذاشته شد
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = از { $name }
coordinator-conflict-keep = نگه داشتن مقدار ذخیره‌شده
coordinator-conflict-take = انتخاب مقدار دیگر

## People and devices.

coordinator-nav-people = افراد و دستگاه‌ها
coordinator-people-title = افراد و دستگاه‌ها
coordinator-person-name = نام
coordinator-person-role = نقش
coordinator-role-guide = رهنمای صحی
coordinator-role-staff = کارمند
coordinator-role-coordinator = هماهنگ‌کننده
coordinator-role-admin = مدیر سیستم
coordinator-role-viewer = بیننده (کمیته رهبری، تمویل‌کننده مشترک)
coordinator-devices = دستگاه‌ها
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = نسخهٔ { $version }، آخرین همگام‌سازی { $seen }
coordinator-never = هیچ‌گاه
coordinator-revoked = قطع شده
coordinator-revoke = قطع کردن
coordinator-issue-code = کود نو برای وصل کردن دستگاه
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = کود یک‌بارمصرف برای { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = معتبر تا { $at } (UTC).
coordinator-code-qr = کود QR با آدرس سرور و کود یک‌بارمصرف
coordinator-new-person = اضافه کردن یک نفر
coordinator-create-person = اضافه کردن

## Reference lists.

coordinator-nav-reference = لست‌ها
coordinator-reference-title = لست‌ها و پروژه‌ها
coordinator-list = لست
coordinator-list-projects = پروژه‌ها
coordinator-list-questions = کتگوری‌های سوال
coordinator-list-referrals = جاهای ارجاع
coordinator-list-outcomes = نتایج
coordinator-list-development-areas = ساحات انکشافی
coordinator-list-partners = شرکای همکاری
coordinator-code = کود
coordinator-retired = غیرفعال
coordinator-add-item = اضافه کردن به لست
coordinator-add-target = اضافه کردن یک دوره
coordinator-project-start = شروع پروژه
coordinator-project-end = ختم پروژه (گزارش نهایی یک ماه بعد تسلیم داده می‌شود)
coordinator-save-reference = ذخیرهٔ لست‌ها
coordinator-reference-saved = لست‌ها ذخیره شد و در همگام‌سازی بعدی به دستگاه‌ها می‌رسد.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = حساب
account-disabled = غیرفعال
account-disable = غیرفعال کردن حساب
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = حساب { $name } غیرفعال شود؟ همه ورودهای او فوراً ختم می‌شود و دستگاه‌هایش قطع می‌شوند؛ هر چه روی دستگاه‌ها است، در همگام‌سازی بعدی آن‌ها پاک می‌شود.
account-disable-yes = بلی، غیرفعال شود
account-enable = فعال کردن حساب
account-cancel = لغو
account-reset = تنظیم دوبارهٔ رمز
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = کود یک‌بارمصرف برای { $name } که با نام کاربری { $login } وارد می‌شود:
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = این کود فقط یک بار و تا { $at } (UTC) قابل استفاده است. آن را تنها به خود همین شخص بدهید.
password-change = تغییر رمز
password-current = رمز فعلی
password-new = رمز نو (حداقل 12 حرف)
password-repeat = رمز نو را دوباره بنویسید
password-mismatch = دو رمز نو یکسان نیستند.
password-changed = رمز تغییر کرد. همه ورودهای دیگر با این حساب ختم شد.
password-reset-link = آیا یک کود یک‌بارمصرف برای انتخاب رمز گرفته‌اید؟
password-reset-title = یک رمز نو انتخاب کنید
password-reset-code = کود یک‌بارمصرف
password-reset-done = رمز انتخاب شد. با رمز نو وارد شوید.
session-ended = از حساب خود خارج شدید، زیرا یک ساعت از صفحه استفاده نشد یا رمز تغییر کرد. دوباره وارد شوید.
coordinator-code-link = یا لینک را بفرستید؛ اپلیکیشن آن را وقتی پیست شود قبول می‌کند:
coordinator-volunteer-hours = ساعت‌های رضاکارانه
coordinator-volunteer-hours-about = جلسه‌ها و ساعت‌هایی که هر نفر در این دوره ثبت کرده یا همراه با کسی که آن‌ها را ثبت کرده برگزار کرده است (با وقت خودش)؛ و نیز کسانی که چیزی ندارند.
coordinator-volunteer-hours-none = در این دوره کسی در پروژه نیست.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = مدت نگهداری
retention-title = مدت نگهداری
retention-about = مدت زمانی که جلسه‌ها نگهداری می‌شوند، از روز برگزاری آن‌ها حساب می‌شود. جلسه‌های قدیمی‌تر همراه با هر چیزی که درباره‌شان ذخیره شده است پاک می‌شوند. گزارش‌های تسلیم‌شده به همان شکلی که تسلیم شده‌اند باقی می‌مانند.
retention-months = مدت نگهداری به ماه (خالی: برای همیشه)
retention-save = ذخیره
retention-forever = جلسه‌ها برای همیشه نگهداری می‌شوند.
retention-state = جلسه‌ها از { $day } به بعد نگهداری می‌شوند. { $older ->
    [0] هیچ جلسه‌ای قدیمی‌تر نیست.
    [one] یک جلسه قدیمی‌تر است.
   *[other] { $older } جلسه قدیمی‌تر است.
}
retention-thin = اکنون پاک شود
retention-thin-question = { $older ->
    [one] { $older } جلسه برای همیشه پاک می‌شود
   *[other] { $older } جلسه برای همیشه پاک می‌شوند
} همراه با نسخه‌ها و تضادهایشان. این کار قابل برگشت نیست. پاک شود؟
retention-thin-yes = بلی، پاک شود
retention-thin-no = لغو
retention-thinned = { $thinned ->
    [0] هیچ جلسه‌ای نیاز به پاک شدن نداشت.
    [one] یک جلسه پاک شد.
   *[other] { $thinned } جلسه پاک شد.
}
