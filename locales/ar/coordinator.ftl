## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = تسجيل الدخول كمنسّق
coordinator-login-name = اسم الدخول
coordinator-password = كلمة المرور
coordinator-login-button = تسجيل الدخول
coordinator-logout = تسجيل الخروج
coordinator-activities-title = المناسبات المسجّلة
coordinator-from = من
coordinator-to = إلى
coordinator-project = المشروع
coordinator-all-projects = كل مشاريعي
coordinator-column-date = التاريخ
coordinator-column-project = المشروع
coordinator-column-area = المنطقة
coordinator-column-venue = المكان
coordinator-column-people = عدد الذين وصلناهم
coordinator-column-author = سجّلها
coordinator-previous = السابق
coordinator-next = التالي
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = تم الدخول باسم { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { PLURAL($count) ->
    [zero] لا توجد مناسبات.
    [one] مناسبة واحدة.
    [two] مناسبتان.
    [few] { $count } مناسبات.
    [many] { $count } مناسبة.
   *[other] { $count } مناسبة.
}
coordinator-nav-activities = المناسبات
coordinator-nav-overview = نظرة عامة
coordinator-overview-title = نظرة عامة
coordinator-occasions = مناسبات
coordinator-hours = ساعات
coordinator-people-total = أشخاص وصلناهم
coordinator-active-guides = مرشدون وموظفون نشطون
coordinator-by-month = الوصول حسب الشهر
coordinator-by-area = حسب المنطقة
coordinator-topics = المواضيع
coordinator-languages = اللغات
coordinator-column-occasions = المناسبات
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = نساء { $women }، رجال { $men }، فتيات { $girls }، فتيان { $boys }، غير ذلك أو غير محدد { $other }.

## Entries in full, corrections and review marks.

coordinator-details = عرض
coordinator-field-format = الشكل
coordinator-field-minutes = الدقائق
coordinator-field-note = ملاحظة
coordinator-reviewed = تمت المراجعة
coordinator-reviewed-any = الكل
coordinator-filter-any = الكل
coordinator-reviewed-waiting = بانتظار المراجعة
coordinator-reviewed-done = تمت مراجعتها
coordinator-yes = نعم
coordinator-no = لا
coordinator-mark-reviewed = وضع علامة "تمت المراجعة"
coordinator-mark-unreviewed = إزالة علامة المراجعة
coordinator-correct-title = تصحيح حقل
coordinator-correct-field = الحقل
coordinator-correct-value = القيمة الجديدة
coordinator-correct-button = تصحيح
coordinator-corrected = تم حفظ التصحيح وسيصل إلى أجهزة المرشد عند المزامنة التالية.
coordinator-bad-value = القيمة لا تناسب الحقل: العدد رقم صحيح، والتاريخ يُكتب بصيغة YYYY-MM-DD.
coordinator-by-gender-title = حسب الجنس والفئة العمرية
coordinator-venues = الأماكن

## Kept conflicts.

coordinator-nav-conflicts = التعارضات
coordinator-conflicts-title = تعارضات بانتظار القرار
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { PLURAL($count) ->
    [zero] لا توجد تعارضات بانتظار القرار.
    [one] تعارض واحد بانتظار القرار.
    [two] تعارضان بانتظار القرار.
    [few] { $count } تعارضات بانتظار القرار.
    [many] { $count } تعارضًا بانتظار القرار.
   *[other] { $count } تعارض بانتظار القرار.
}
coordinator-conflict-field = الحقل
coordinator-conflict-kept = القيمة المحفوظة
coordinator-conflict-lost = القيمة التي لم تُعتمد
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = من { $name }
coordinator-conflict-keep = الإبقاء على القيمة المحفوظة
coordinator-conflict-take = اعتماد القيمة الأخرى

## People and devices.

coordinator-nav-people = الأشخاص والأجهزة
coordinator-people-title = الأشخاص والأجهزة
coordinator-person-name = الاسم
coordinator-person-role = الدور
coordinator-role-guide = مرشد صحي
coordinator-role-staff = موظف
coordinator-role-coordinator = منسق
coordinator-role-admin = مسؤول النظام
coordinator-role-viewer = مُطّلع (لجنة التوجيه، الجهة المموّلة المشاركة)
coordinator-devices = الأجهزة
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = الإصدار { $version }، آخر مزامنة { $seen }
coordinator-never = أبدًا
coordinator-revoked = تم فصله
coordinator-revoke = فصل الجهاز
coordinator-issue-code = رمز جديد لربط جهاز
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = رمز لمرة واحدة لـ { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = صالح حتى { $at } (UTC).
coordinator-code-qr = رمز QR يحتوي على عنوان الخادم والرمز لمرة واحدة
coordinator-new-person = إضافة شخص
coordinator-create-person = إضافة

## Reference lists.

coordinator-nav-reference = القوائم
coordinator-reference-title = القوائم والمشاريع
coordinator-list = القائمة
coordinator-list-projects = المشاريع
coordinator-list-questions = فئات الأسئلة
coordinator-list-referrals = جهات الإحالة
coordinator-list-outcomes = النتائج
coordinator-list-development-areas = مجالات التنمية
coordinator-list-partners = الشركاء
coordinator-code = الرمز
coordinator-retired = متوقف
coordinator-add-item = إضافة إلى القائمة
coordinator-add-target = إضافة فترة
coordinator-project-start = بداية المشروع
coordinator-project-end = نهاية المشروع (يُسلَّم التقرير الختامي بعد شهر)
coordinator-save-reference = حفظ القوائم
coordinator-reference-saved = تم حفظ القوائم وستصل إلى الأجهزة عند المزامنة التالية.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = الحساب
account-disabled = معطّل
account-disable = تعطيل الحساب
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = تعطيل حساب { $name }؟ تنتهي فورًا كل جلسات الدخول بهذا الحساب وتُفصل الأجهزة المرتبطة به؛ ويُحذف ما على هذه الأجهزة عند مزامنتها التالية.
account-disable-yes = نعم، تعطيل
account-enable = تفعيل الحساب
account-cancel = إلغاء
account-reset = إعادة تعيين كلمة المرور
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = رمز لمرة واحدة لـ { $name } (اسم الدخول: { $login }):
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = يمكن استخدام الرمز مرة واحدة فقط، حتى { $at } (UTC). لا تسلّمه إلا للشخص نفسه.
password-change = تغيير كلمة المرور
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة (12 حرفًا على الأقل)
password-repeat = اكتب كلمة المرور الجديدة مرة أخرى
password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
password-changed = تم تغيير كلمة المرور. انتهت كل جلسات الدخول الأخرى بهذا الحساب.
password-reset-link = هل حصلت على رمز لمرة واحدة لاختيار كلمة مرور؟
password-reset-title = اختيار كلمة مرور جديدة
password-reset-code = رمز لمرة واحدة
password-reset-done = تم اختيار كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
session-ended = تم تسجيل خروجك لأن الصفحة لم تُستخدم لمدة ساعة أو لأن كلمة المرور تغيّرت. يُرجى تسجيل الدخول مرة أخرى.
coordinator-code-link = أو يمكن إرسال الرابط، فالتطبيق يقبله عند لصقه:
coordinator-volunteer-hours = ساعات التطوع
coordinator-volunteer-hours-about = المناسبات والساعات التي سجّلها كل شخص خلال الفترة، أو أقامها بالاشتراك مع من سجّلها (بوقته الخاص)؛ وكذلك من ليس لديه شيء.
coordinator-volunteer-hours-none = لا أحد في المشروع خلال هذه الفترة.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = مدة الحفظ
retention-title = مدة الحفظ
retention-about = المدة التي تُحفظ فيها المناسبات، محسوبةً من يوم حدوثها. تُحذف المناسبات الأقدم مع كل ما حُفظ عنها. تبقى التقارير المسلَّمة كما سُلِّمت.
retention-months = مدة الحفظ بالأشهر (فارغ: إلى الأبد)
retention-save = حفظ
retention-forever = تُحفظ المناسبات إلى الأبد.
retention-state = تُحفظ المناسبات ابتداءً من { $day }. { PLURAL($older) ->
    [zero] لا توجد مناسبة أقدم.
    [one] توجد مناسبة واحدة أقدم.
    [two] توجد مناسبتان أقدم.
    [few] توجد { $older } مناسبات أقدم.
    [many] توجد { $older } مناسبة أقدم.
   *[other] توجد { $older } مناسبة أقدم.
}
retention-thin = احذف الآن
retention-thin-question = { PLURAL($older) ->
    [zero] ستُحذف { $older } مناسبة
    [one] ستُحذف مناسبة واحدة
    [two] ستُحذف مناسبتان
    [few] ستُحذف { $older } مناسبات
    [many] ستُحذف { $older } مناسبة
   *[other] ستُحذف { $older } مناسبة
} نهائيًا مع نسخها وتعارضاتها. لا يمكن التراجع عن ذلك. هل تريد الحذف؟
retention-thin-yes = نعم، احذف
retention-thin-no = إلغاء
retention-thinned = { PLURAL($thinned) ->
    [zero] لم تكن هناك مناسبة تحتاج إلى الحذف.
    [one] حُذفت مناسبة واحدة.
    [two] حُذفت مناسبتان.
    [few] حُذفت { $thinned } مناسبات.
    [many] حُذفت { $thinned } مناسبة.
   *[other] حُذفت { $thinned } مناسبة.
}
