## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = ورود هماهنگ‌کننده
coordinator-login-name = نام کاربری
coordinator-password = رمز عبور
coordinator-login-button = ورود
coordinator-logout = خروج
coordinator-activities-title = نشست‌های ثبت‌شده
coordinator-from = از
coordinator-to = تا
coordinator-project = پروژه
coordinator-all-projects = همهٔ پروژه‌های من
coordinator-column-date = تاریخ
coordinator-column-project = پروژه
coordinator-column-area = منطقه
coordinator-column-venue = مکان
coordinator-column-people = افراد
coordinator-column-author = ثبت‌کننده
coordinator-previous = قبلی
coordinator-next = بعدی
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = وارد شده با نام { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] هیچ نشستی نیست.
    [one] { $count } نشست.
   *[other] { $count } نشست.
}
coordinator-nav-activities = نشست‌ها
coordinator-nav-overview = نمای کلی
coordinator-overview-title = نمای کلی
coordinator-occasions = نشست
coordinator-hours = ساعت
coordinator-people-total = نفر تحت پوشش
coordinator-active-guides = راهنمای سلامت و کارمند فعال
coordinator-by-month = افراد تحت پوشش به تفکیک ماه
coordinator-by-area = به تفکیک منطقه
coordinator-topics = موضوع‌ها
coordinator-languages = زبان‌ها
coordinator-column-occasions = نشست‌ها
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = زنان { $women }، مردان { $men }، دختران { $girls }، پسران { $boys }، دیگر یا نامشخص { $other }.

## Entries in full, corrections and review marks.

coordinator-details = نمایش
coordinator-field-format = نوع فعالیت
coordinator-field-minutes = دقیقه
coordinator-field-note = یادداشت
coordinator-reviewed = بررسی‌شده
coordinator-reviewed-any = همه
coordinator-filter-any = همه
coordinator-reviewed-waiting = در انتظار بررسی
coordinator-reviewed-done = بررسی‌شده‌ها
coordinator-yes = بله
coordinator-no = نه
coordinator-mark-reviewed = علامت‌گذاری به‌عنوان بررسی‌شده
coordinator-mark-unreviewed = برداشتن علامت بررسی
coordinator-correct-title = اصلاح یک فیلد
coordinator-correct-field = فیلد
coordinator-correct-value = مقدار جدید
coordinator-correct-button = اصلاح
coordinator-corrected = اصلاح ذخیره شد و در همگام‌سازی بعدی به دستگاه‌های راهنما می‌رسد.
coordinator-bad-value = این مقدار با فیلد جور نیست: تعداد باید عدد صحیح باشد و تاریخ به شکل YYYY-MM-DD نوشته می‌شود.
coordinator-by-gender-title = افراد تحت پوشش به تفکیک جنسیت و گروه سنی
coordinator-venues = مکان‌ها

## Kept conflicts.

coordinator-nav-conflicts = تعارض‌ها
coordinator-conflicts-title = تعارض‌های در انتظار تصمیم
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] هیچ تعارضی در انتظار نیست.
    [one] { $count } تعارض در انتظار تصمیم است.
   *[other] { $count } تعارض در انتظار تصمیم است.
}
coordinator-conflict-field = فیلد
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
coordinator-role-guide = راهنمای سلامت
coordinator-role-staff = کارمند
coordinator-role-coordinator = هماهنگ‌کننده
coordinator-role-admin = مدیر سیستم
coordinator-role-viewer = بیننده (کمیته راهبری، تأمین‌کننده مشترک)
coordinator-devices = دستگاه‌ها
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = نسخهٔ { $version }، آخرین همگام‌سازی { $seen }
coordinator-never = هرگز
coordinator-revoked = قطع‌شده
coordinator-revoke = قطع اتصال
coordinator-issue-code = کد جدید برای وصل کردن دستگاه
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = کد یک‌بارمصرف برای { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = معتبر تا { $at } (UTC).
coordinator-code-qr = کد QR با نشانی سرور و کد یک‌بارمصرف
coordinator-new-person = افزودن یک نفر
coordinator-create-person = افزودن

## Reference lists.

coordinator-nav-reference = فهرست‌ها
coordinator-reference-title = فهرست‌ها و پروژه‌ها
coordinator-list = فهرست
coordinator-list-projects = پروژه‌ها
coordinator-list-questions = دسته‌بندی پرسش‌ها
coordinator-list-referrals = نهادهای ارجاع
coordinator-list-outcomes = نتایج
coordinator-list-development-areas = حوزه‌های توسعه
coordinator-list-partners = شرکای همکاری
coordinator-code = کد
coordinator-retired = غیرفعال
coordinator-add-item = افزودن به فهرست
coordinator-add-target = افزودن یک دوره
coordinator-project-start = شروع پروژه
coordinator-project-end = پایان پروژه (گزارش نهایی یک ماه بعد تحویل داده می‌شود)
coordinator-save-reference = ذخیرهٔ فهرست‌ها
coordinator-reference-saved = فهرست‌ها ذخیره شد و در همگام‌سازی بعدی به دستگاه‌ها می‌رسد.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = حساب
account-disabled = غیرفعال
account-disable = غیرفعال کردن حساب
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = حساب { $name } غیرفعال شود؟ همهٔ ورودهای او فوراً پایان می‌یابد و اتصال دستگاه‌هایش قطع می‌شود؛ آنچه روی دستگاه‌هاست در همگام‌سازی بعدی آن‌ها پاک می‌شود.
account-disable-yes = بله، غیرفعال شود
account-enable = فعال کردن حساب
account-cancel = انصراف
account-reset = بازنشانی رمز عبور
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = کد یک‌بارمصرف برای { $name } که با نام کاربری { $login } وارد می‌شود:
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = این کد فقط یک بار و تا { $at } (UTC) قابل استفاده است. آن را فقط به خود این شخص بدهید.
password-change = تغییر رمز عبور
password-current = رمز عبور فعلی
password-new = رمز عبور جدید (دست‌کم 12 نویسه)
password-repeat = رمز عبور جدید را دوباره بنویسید
password-mismatch = دو رمز عبور جدید یکسان نیستند.
password-changed = رمز عبور تغییر کرد. همهٔ ورودهای دیگر با این حساب پایان یافت.
password-reset-link = کد یک‌بارمصرفی برای انتخاب رمز عبور گرفته‌اید؟
password-reset-title = انتخاب رمز عبور جدید
password-reset-code = کد یک‌بارمصرف
password-reset-done = رمز عبور انتخاب شد. با رمز عبور جدید وارد شوید.
session-ended = از حساب خود خارج شدید، چون یک ساعت از صفحه استفاده نشد یا رمز عبور تغییر کرد. دوباره وارد شوید.
coordinator-code-link = یا لینک را بفرستید؛ اپ آن را وقتی چسبانده شود می‌پذیرد:
coordinator-volunteer-hours = ساعت‌های داوطلبانه
coordinator-volunteer-hours-about = نشست‌ها و ساعت‌هایی که هر نفر در این دوره ثبت کرده یا همراه با کسی که آن‌ها را ثبت کرده برگزار کرده است (با زمان خودش)؛ و نیز کسانی که چیزی ندارند.
coordinator-volunteer-hours-none = در این دوره کسی در پروژه نیست.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = مدت نگهداری
retention-title = مدت نگهداری
retention-about = مدت زمانی که نشست‌ها نگهداری می‌شوند، از روز برگزاری آن‌ها حساب می‌شود. نشست‌های قدیمی‌تر همراه با هر آنچه درباره‌شان ذخیره شده است حذف می‌شوند. گزارش‌های تحویل‌داده‌شده همان‌طور که تحویل داده شدند باقی می‌مانند.
retention-months = مدت نگهداری به ماه (خالی: برای همیشه)
retention-save = ذخیره
retention-forever = نشست‌ها برای همیشه نگهداری می‌شوند.
retention-state = نشست‌ها از { $day } به بعد نگهداری می‌شوند. { $older ->
    [0] هیچ نشستی قدیمی‌تر نیست.
    [one] یک نشست قدیمی‌تر است.
   *[other] { $older } نشست قدیمی‌تر است.
}
retention-thin = اکنون حذف شود
retention-thin-question = { $older ->
    [one] { $older } نشست برای همیشه حذف می‌شود
   *[other] { $older } نشست برای همیشه حذف می‌شوند
} همراه با نسخه‌ها و تعارض‌هایشان. این کار برگشت‌پذیر نیست. حذف شود؟
retention-thin-yes = بله، حذف شود
retention-thin-no = انصراف
retention-thinned = { $thinned ->
    [0] هیچ نشستی نیاز به حذف نداشت.
    [one] یک نشست حذف شد.
   *[other] { $thinned } نشست حذف شد.
}
