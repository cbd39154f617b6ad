## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = منوی اصلی
nav-log = ثبت
nav-my-log = ثبت‌های من
nav-coordinator = هماهنگی
nav-language = زبان
action-dismiss = بستن
action-undo = لغو

error-invalid = قبل از ذخیره، چیزی در فورم باید اصلاح شود.
error-invalid-profile = پروفایل تکمیل نیست.
error-not-found = این مورد دیگر وجود ندارد.
error-not-a-draft = موردی که ذخیره شده، دوباره مسوده نمی‌شود.
error-newer-schema = دیتابیس این دستگاه از نسخهٔ جدیدتر اپلیکیشن است. لطفاً اپلیکیشن را آپدیت کنید.
error-storage = حافظهٔ دستگاه فعلاً کار نمی‌کند. چیز تازه‌ای ذخیره نشد؛ دوباره کوشش کنید.
error-locked = معلومات روی این دستگاه باز نمی‌شود: کلید آن گم شده یا درست نیست. چیزی پاک نشده است. با هماهنگ‌کنندهٔ تان به تماس شوید.
error-internal = در اپلیکیشن مشکلی پیش آمد. دوباره کوشش کنید.
error-unauthorized = این دستگاه با کمون وصل نیست، یا اتصال آن دیگر اعتبار ندارد.
error-revoked = یک هماهنگ‌کننده این دستگاه را قطع کرده است. معلومات روی دستگاه پاک می‌شود.
error-update-required = این نسخهٔ اپلیکیشن برای سرور کمون بسیار کهنه است. لطفاً اپلیکیشن را آپدیت کنید.
error-bad-request = سرور نتوانست درخواست را بخواند.
error-too-large = چیزی که فرستاده شد برای سرور بسیار بزرگ بود.
error-sequence-gap = بعضی تغییرات در ارسال کم بود؛ دوباره فرستاده می‌شوند.
error-invalid-code = این کود شناخته نشد، قبلاً استفاده شده یا کهنه است. از هماهنگ‌کننده کود نو بخواهید.
error-code-used-elsewhere = این کود قبلاً برای وصل کردن یک دستگاه دیگر استفاده شده است. از هماهنگ‌کننده کود نو بخواهید.
error-invalid-server = آدرس سرور باید با https:// شروع شود. آدرس درست را از هماهنگ‌کنندهٔ تان بپرسید.
error-unsent-entries = جلسه‌های کاربر قبلی هنوز به سرور نرسیده است.
error-unavailable = سرور فعلاً نتوانست این کار را تمام کند. چیزی تغییر نکرد؛ دوباره کوشش کنید.
error-offline = سرور در دسترس نیست. هر چه منتظر است، وقتی انترنت وصل شد فرستاده می‌شود.
error-wrong-login = نام کاربری یا رمز اشتباه است.
error-too-many-attempts = کوشش‌های ناکام برای ورود زیاد شد. پانزده دقیقه صبر کنید و دوباره کوشش کنید.
error-forbidden = نقش یا پروژه‌های شما اجازهٔ دسترسی به این بخش را نمی‌دهد.
error-account-disabled = حساب غیرفعال شده است. با مدیر سیستم به تماس شوید.
error-weak-password = رمز باید حداقل 12 حرف داشته باشد.
error-handed-in = گزارش تسلیم شده است و دیگر تغییر نمی‌کند.

stepper-decrease = کم کردن
stepper-increase = زیاد کردن
count-not-a-number = یک عدد صحیح بنویسید، مثلاً 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = بیشتر از { $max } برای یک جلسه معقول نیست.
