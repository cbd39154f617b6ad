## Sync with the municipality's server.

sync-title = الاتصال بالبلدية
sync-intro = برمز من المنسّق، يُرسل ما تسجّله إلى البلدية عندما يتوفر للجهاز اتصال بالشبكة.
sync-server = عنوان الخادم
sync-code = الرمز من المنسّق
sync-connect = اتصال
# Variables:
#   $server (String) - the server address
sync-connected = متصل بـ { $server }
sync-now = مزامنة الآن
sync-running = جارٍ المزامنة…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = جارٍ إرسال { $sent } من { $total }…
sync-never = لم تنجح أي مزامنة بعد.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = آخر مزامنة ناجحة: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { PLURAL($count) ->
    [zero] لا شيء بانتظار الإرسال.
    [one] مناسبة واحدة بانتظار الإرسال.
    [two] مناسبتان بانتظار الإرسال.
    [few] { $count } مناسبات بانتظار الإرسال.
    [many] { $count } مناسبةً بانتظار الإرسال.
   *[other] { $count } مناسبة بانتظار الإرسال.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = فشلت المحاولة الأخيرة: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { PLURAL($count) ->
    [zero] لا توجد مناسبات سجّلها المستخدم السابق ولم تصل إلى الخادم.
    [one] مناسبة واحدة سجّلها المستخدم السابق لم تصل إلى الخادم ولا يمكن إرسالها الآن. إذا اتصلت بصفتك مستخدمًا جديدًا، فستُحذف من هذا الجهاز.
    [two] مناسبتان سجّلهما المستخدم السابق لم تصلا إلى الخادم ولا يمكن إرسالهما الآن. إذا اتصلت بصفتك مستخدمًا جديدًا، فستُحذفان من هذا الجهاز.
    [few] { $count } مناسبات سجّلها المستخدم السابق لم تصل إلى الخادم ولا يمكن إرسالها الآن. إذا اتصلت بصفتك مستخدمًا جديدًا، فستُحذف من هذا الجهاز.
    [many] { $count } مناسبةً سجّلها المستخدم السابق لم تصل إلى الخادم ولا يمكن إرسالها الآن. إذا اتصلت بصفتك مستخدمًا جديدًا، فستُحذف من هذا الجهاز.
   *[other] { $count } مناسبة سجّلها المستخدم السابق لم تصل إلى الخادم ولا يمكن إرسالها الآن. إذا اتصلت بصفتك مستخدمًا جديدًا، فستُحذف من هذا الجهاز.
}
sync-handover-discard = حذف واتصال
sync-handover-cancel = إلغاء
sync-new-code = اتصال برمز جديد
status-offline = لا يوجد اتصال بالشبكة. يُحفظ ما يُسجَّل على الجهاز ويُرسَل لاحقًا.
sync-scan = مسح رمز QR من المنسّق
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = سيتصل الجهاز بـ { $host }.
