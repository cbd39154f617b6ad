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
coordinator-total = { $count ->
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
