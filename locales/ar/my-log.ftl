## My log: the user's own entries.

my-log-title = سجلّي
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = هذا الأسبوع: { PLURAL($occasions) ->
    [zero] لا مناسبات
    [one] مناسبة واحدة
    [two] مناسبتان
    [few] { $occasions } مناسبات
    [many] { $occasions } مناسبةً
   *[other] { $occasions } مناسبة
}، { PLURAL($people) ->
    [zero] لم يتم الوصول إلى أحد
    [one] تم الوصول إلى شخص واحد
    [two] تم الوصول إلى شخصين
    [few] تم الوصول إلى { $people } أشخاص
    [many] تم الوصول إلى { $people } شخصًا
   *[other] تم الوصول إلى { $people } شخص
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = هذا الشهر: { PLURAL($occasions) ->
    [zero] لا مناسبات
    [one] مناسبة واحدة
    [two] مناسبتان
    [few] { $occasions } مناسبات
    [many] { $occasions } مناسبةً
   *[other] { $occasions } مناسبة
}، { PLURAL($people) ->
    [zero] لم يتم الوصول إلى أحد
    [one] تم الوصول إلى شخص واحد
    [two] تم الوصول إلى شخصين
    [few] تم الوصول إلى { $people } أشخاص
    [many] تم الوصول إلى { $people } شخصًا
   *[other] تم الوصول إلى { $people } شخص
}
my-log-new = تسجيل مناسبة جديدة
my-log-drafts = مسودات لإكمالها
my-log-draft-untitled = مسودة بلا مكان
my-log-empty = لم تُسجَّل أي مناسبات بعد.
my-log-not-sent = لم يُرسل بعد
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { PLURAL($count) ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
my-log-sent = استلمته البلدية
my-log-refused = رفضته البلدية – افتحه واحفظه من جديد
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = سجّلها { $name }
my-log-delete = حذف
my-log-delete-question = حذف هذه المناسبة؟
my-log-delete-yes = حذف
my-log-delete-no = احتفظ بها
my-log-deleted = تم حذف المناسبة.
my-log-settings = الإعدادات
my-log-more = عرض المزيد
my-log-key-in-file = مفتاح قاعدة بيانات الجهاز محفوظ في ملف، لأنه لا توجد على الجهاز حلقة مفاتيح تعمل وتقبله.
