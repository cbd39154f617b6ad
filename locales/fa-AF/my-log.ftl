## My log: the user's own entries.

my-log-title = ثبت‌های من
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = این هفته: { $occasions } { $occasions ->
    [one] جلسه
   *[other] جلسه
}، دیدار با { $people } { $people ->
    [one] نفر
   *[other] نفر
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = این ماه: { $occasions } { $occasions ->
    [one] جلسه
   *[other] جلسه
}، دیدار با { $people } { $people ->
    [one] نفر
   *[other] نفر
}
my-log-new = ثبت جلسهٔ نو
my-log-drafts = مسوده‌هایی که باید تکمیل شوند
my-log-draft-untitled = مسوده بدون محل
my-log-empty = هنوز هیچ جلسه‌ای ثبت نشده است.
my-log-not-sent = هنوز فرستاده نشده
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] نفر
   *[other] نفر
}
my-log-sent = کمون دریافت کرد
my-log-refused = کمون رد کرد – باز کنید و دوباره ذخیره کنید
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = ثبت‌شده توسط { $name }
my-log-delete = پاک کردن
my-log-delete-question = این جلسه پاک شود؟
my-log-delete-yes = پاک کردن
my-log-delete-no = نگه داشتن
my-log-deleted = جلسه پاک شد.
my-log-settings = تنظیمات
my-log-more = بیشتر نشان بده
my-log-key-in-file = کلید دیتابیس دستگاه در یک فایل نگهداری می‌شود، زیرا هیچ دسته‌کلیدی در دستگاه فعال نیست که آن را بپذیرد.
