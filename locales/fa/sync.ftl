## Sync with the municipality's server.

sync-title = اتصال به کمون
sync-intro = با کدی که از هماهنگ‌کننده می‌گیرید، هر چه ثبت می‌کنید وقتی دستگاه به اینترنت وصل باشد برای کمون فرستاده می‌شود.
sync-server = نشانی سرور
sync-code = کد از هماهنگ‌کننده
sync-connect = اتصال
# Variables:
#   $server (String) - the server address
sync-connected = وصل به { $server }
sync-now = همین حالا همگام‌سازی کن
sync-running = در حال همگام‌سازی…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = در حال ارسال { $sent } از { $total }…
sync-never = هنوز هیچ همگام‌سازی موفقی انجام نشده است.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = آخرین همگام‌سازی موفق: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] چیزی در انتظار نیست.
    [one] { $count } نشست در انتظار ارسال است.
   *[other] { $count } نشست در انتظار ارسال است.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = آخرین تلاش ناموفق بود: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } نشست که کاربر قبلی ثبت کرده، به سرور نرسیده است و الان نمی‌شود آن را فرستاد. اگر به‌عنوان کاربر جدید وصل شوید، از این دستگاه پاک می‌شود.
   *[other] { $count } نشست که کاربر قبلی ثبت کرده، به سرور نرسیده‌اند و الان نمی‌شود آن‌ها را فرستاد. اگر به‌عنوان کاربر جدید وصل شوید، از این دستگاه پاک می‌شوند.
}
sync-handover-discard = پاک کردن و اتصال
sync-handover-cancel = انصراف
sync-new-code = اتصال با کد جدید
status-offline = اتصال اینترنت برقرار نیست. هر چه ثبت می‌کنید روی دستگاه ذخیره می‌شود و بعداً فرستاده می‌شود.
sync-scan = اسکن کد QR هماهنگ‌کننده
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = دستگاه به { $host } وصل می‌شود.
