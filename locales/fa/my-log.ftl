## My log: the user's own entries.

my-log-title = ثبت‌های من
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = این هفته: { $occasions } { $occasions ->
    [one] نشست
   *[other] نشست
}، دیدار با { $people } { $people ->
    [one] نفر
   *[other] نفر
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = این ماه: { $occasions } { $occasions ->
    [one] نشست
   *[other] نشست
}، دیدار با { $people } { $people ->
    [one] نفر
   *[other] نفر
}
my-log-new = ثبت نشست جدید
my-log-drafts = پیش‌نویس‌هایی که باید کامل شوند
my-log-draft-untitled = پیش‌نویس بدون مکان
my-log-empty = هنوز هیچ نشستی ثبت نشده است.
my-log-not-sent = هنوز فرستاده نشده
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] نفر
   *[other] نفر
}
my-log-sent = کمون دریافت کرد
my-log-refused = کمون نپذیرفت – باز کنید و دوباره ذخیره کنید
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = ثبت‌شده توسط { $name }
my-log-delete = حذف
my-log-delete-question = این نشست حذف شود؟
my-log-delete-yes = حذف
my-log-delete-no = نگه داشتن
my-log-deleted = نشست حذف شد.
my-log-settings = تنظیمات
my-log-more = نمایش بیشتر
my-log-key-in-file = کلید پایگاه دادهٔ دستگاه در یک فایل نگهداری می‌شود، چون هیچ دسته‌کلیدی روی دستگاه فعال نیست که آن را بپذیرد.
