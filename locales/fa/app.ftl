## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = منوی اصلی
nav-log = ثبت
nav-my-log = ثبت‌های من
nav-coordinator = هماهنگی
nav-language = زبان
action-dismiss = بستن
action-undo = برگرداندن

error-invalid = پیش از ذخیره، چیزی در فرم باید اصلاح شود.
error-invalid-profile = پروفایل کامل نیست.
error-not-found = این مورد دیگر وجود ندارد.
error-not-a-draft = موردی که ذخیره شده، دوباره پیش‌نویس نمی‌شود.
error-newer-schema = پایگاه داده روی این دستگاه از نسخهٔ جدیدتری از اپ است. لطفاً اپ را به‌روز کنید.
error-storage = حافظهٔ دستگاه الان کار نمی‌کند. چیز تازه‌ای ذخیره نشد؛ دوباره امتحان کنید.
error-locked = اطلاعات روی این دستگاه باز نمی‌شود: کلید آن گم شده یا درست نیست. چیزی پاک نشده است. با هماهنگ‌کنندهٔ خود تماس بگیرید.
error-internal = در اپ مشکلی پیش آمد. دوباره امتحان کنید.
error-unauthorized = این دستگاه به کمون وصل نیست، یا اتصالش دیگر معتبر نیست.
error-revoked = یک هماهنگ‌کننده اتصال این دستگاه را قطع کرده است. اطلاعات روی دستگاه پاک می‌شود.
error-update-required = این نسخهٔ اپ برای سرور کمون قدیمی است. لطفاً اپ را به‌روز کنید.
error-bad-request = سرور نتوانست درخواست را بخواند.
error-too-large = آنچه فرستاده شد برای سرور بیش از حد بزرگ بود.
error-sequence-gap = چند تغییر در ارسال جا افتاده بود؛ دوباره فرستاده می‌شوند.
error-invalid-code = این کد ناشناخته است، قبلاً استفاده شده یا منقضی شده است. از هماهنگ‌کننده کد تازه بخواهید.
error-code-used-elsewhere = این کد قبلاً برای وصل کردن دستگاه دیگری استفاده شده است. از هماهنگ‌کننده کد تازه بخواهید.
error-invalid-server = نشانی سرور باید با https:// شروع شود. نشانی درست را از هماهنگ‌کنندهٔ خود بپرسید.
error-unsent-entries = نشست‌های کاربر قبلی هنوز به سرور نرسیده است.
error-unavailable = سرور الان نتوانست این کار را انجام دهد. چیزی تغییر نکرد؛ دوباره امتحان کنید.
error-offline = به سرور دسترسی نیست. هر چه در انتظار است، وقتی اینترنت وصل شد فرستاده می‌شود.
error-wrong-login = نام کاربری یا رمز عبور اشتباه است.
error-too-many-attempts = ورودهای ناموفق زیاد بود. یک ربع صبر کنید و دوباره امتحان کنید.
error-forbidden = نقش یا پروژه‌های شما اجازهٔ دسترسی به این بخش را نمی‌دهد.
error-account-disabled = حساب کاربری غیرفعال شده است. با مدیر سیستم تماس بگیرید.
error-weak-password = رمز عبور باید دست‌کم 12 نویسه داشته باشد.
error-handed-in = گزارش تحویل داده شده است و دیگر تغییر نمی‌کند.

stepper-decrease = کم کردن
stepper-increase = زیاد کردن
count-not-a-number = یک عدد صحیح بنویسید، مثلاً 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = بیش از { $max } برای یک نشست معقول نیست.
