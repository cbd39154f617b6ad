## Sync with the municipality's server.

sync-title = اتصال با کمون
sync-intro = با کودی که از هماهنگ‌کننده می‌گیرید، هر چه ثبت می‌کنید وقتی دستگاه به انترنت وصل باشد به کمون فرستاده می‌شود.
sync-server = آدرس سرور
sync-code = کود از هماهنگ‌کننده
sync-connect = وصل شدن
# Variables:
#   $server (String) - the server address
sync-connected = وصل با { $server }
sync-now = همین حالا همگام‌سازی کن
sync-running = در حال همگام‌سازی…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = در حال فرستادن { $sent } از { $total }…
sync-never = هنوز هیچ همگام‌سازی موفق نشده است.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = آخرین همگام‌سازی موفق: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] چیزی منتظر نیست.
    [one] { $count } جلسه منتظر فرستادن است.
   *[other] { $count } جلسه منتظر فرستادن است.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = آخرین کوشش ناکام شد: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } جلسه که کاربر قبلی ثبت کرده، به سرور نرسیده و فعلاً فرستاده شده نمی‌تواند. اگر منحیث کاربر نو وصل شوید، از این دستگاه پاک می‌شود.
   *[other] { $count } جلسه که کاربر قبلی ثبت کرده، به سرور نرسیده‌اند و فعلاً فرستاده شده نمی‌توانند. اگر منحیث کاربر نو وصل شوید، از این دستگاه پاک می‌شوند.
}
sync-handover-discard = پاک کردن و وصل شدن
sync-handover-cancel = لغو
sync-new-code = وصل شدن با کود نو
status-offline = انترنت وصل نیست. هر چه ثبت می‌کنید روی دستگاه ذخیره می‌شود و بعداً فرستاده می‌شود.
sync-scan = سکن کردن کود QR هماهنگ‌کننده
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = دستگاه با { $host } وصل می‌شود.
