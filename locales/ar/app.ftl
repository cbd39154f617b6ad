## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = القائمة الرئيسية
nav-log = تسجيل
nav-my-log = سجلّي
nav-coordinator = التنسيق
nav-language = اللغة
action-dismiss = إغلاق
action-undo = تراجع

error-invalid = يجب تصحيح شيء في النموذج قبل حفظه.
error-invalid-profile = الملف الشخصي غير مكتمل.
error-not-found = هذا الإدخال لم يعد موجودًا.
error-not-a-draft = لا يمكن أن يعود إدخال محفوظ مسودةً.
error-newer-schema = قاعدة البيانات على هذا الجهاز من إصدار أحدث من التطبيق. يرجى تحديث التطبيق.
error-storage = التخزين على الجهاز لا يعمل الآن. لم يُحفظ شيء جديد؛ حاول مرة أخرى.
error-locked = لا يمكن فتح البيانات الموجودة على هذا الجهاز: مفتاحها مفقود أو غير مطابق. لم يُحذف شيء. تواصل مع منسّقك.
error-internal = حدث خطأ في التطبيق. حاول مرة أخرى.
error-unauthorized = هذا الجهاز غير متصل بالبلدية، أو لم يعد اتصاله صالحًا.
error-revoked = فصل أحد المنسّقين هذا الجهاز. يجري حذف البيانات الموجودة عليه.
error-update-required = التطبيق أقدم من أن يعمل مع خادم البلدية. يرجى تحديث التطبيق.
error-bad-request = تعذّر على الخادم قراءة الطلب.
error-too-large = ما أُرسل أكبر مما يقبله الخادم.
error-sequence-gap = نقصت بعض التعديلات مما أُرسل؛ ستُرسل مرة أخرى.
error-invalid-code = الرمز غير معروف أو مستخدم من قبل أو منتهي الصلاحية. اطلب رمزًا جديدًا من المنسّق.
error-code-used-elsewhere = استُخدم هذا الرمز من قبل لربط جهاز آخر. اطلب رمزًا جديدًا من المنسّق.
error-invalid-server = يجب أن يبدأ عنوان الخادم بـ https://. اطلب العنوان الصحيح من منسّقك.
error-unsent-entries = لم تصل مناسبات المستخدم السابق إلى الخادم بعد.
error-unavailable = تعذّر على الخادم إتمام ذلك الآن. لم يتغيّر شيء؛ حاول مرة أخرى.
error-offline = تعذّر الوصول إلى الخادم. سيُرسل ما ينتظر عندما تتوفر الشبكة.
error-wrong-login = اسم الدخول أو كلمة المرور غير صحيحة.
error-too-many-attempts = محاولات دخول فاشلة كثيرة. انتظر ربع ساعة ثم حاول مرة أخرى.
error-forbidden = دورك أو مشاريعك لا تسمح بالوصول إلى هذا.
error-account-disabled = الحساب معطّل. تواصل مع مسؤول النظام.
error-weak-password = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
error-handed-in = تم تسليم التقرير، ولم يعد يُعدَّل.

stepper-decrease = إنقاص
stepper-increase = زيادة
count-not-a-number = اكتب عددًا صحيحًا، مثلًا 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = أكثر من { $max } ليس معقولًا لمناسبة واحدة.
