## The log form: one outreach occasion.

log-title-new = مناسبة جديدة
log-title-edit = تعديل المناسبة
log-title-draft = مسودة
log-project = المشروع
log-choose = اختر…
log-date = التاريخ
log-start-time = وقت البدء
log-duration = المدة
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } دقيقة
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { PLURAL($hours) ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } ساعة و{ $minutes } دقيقة
log-area = المنطقة
log-venue = المكان
log-venue-type = نوع المكان
log-format = نوع النشاط
log-languages = اللغات المستخدمة
log-topics = المواضيع
log-people = عدد من تم الوصول إليهم
log-people-women = نساء
log-people-men = رجال
log-people-girls = بنات
log-people-boys = أولاد
log-people-other = آخر / غير محدد
# Variables:
#   $total (Number) - everyone reached
log-people-total = { PLURAL($total) ->
    [zero] لم يتم الوصول إلى أحد
    [one] شخص واحد إجمالًا
    [two] شخصان إجمالًا
    [few] { $total } أشخاص إجمالًا
    [many] { $total } شخصًا إجمالًا
   *[other] { $total } شخص إجمالًا
}
log-new-people = منهم جدد في المشروع
log-new-people-hint = الذين حضروا لأول مرة إلى هذا المشروع. اكتفِ بالعدّ ولا تكتب أسماء.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = الإحالات ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = الأسئلة حسب الفئة ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = النتائج ({ $total })
log-partners = الشركاء
log-co-hosts = بالاشتراك مع
log-note = ملاحظة
log-note-hint = اكتب ما جرى، لا هوية من حضر: لا أسماء ولا أرقام شخصية ولا أرقام هواتف ولا عناوين بريد إلكتروني.
log-problems-title = قبل حفظ المناسبة، يلزم ما يلي:
log-problem-missing-project = اختر المشروع.
log-problem-missing-date = أدخل التاريخ.
log-problem-missing-start-time = أدخل وقت البدء.
log-problem-missing-duration = اختر المدة.
log-problem-missing-area = اختر المنطقة.
log-problem-missing-venue = اختر المكان.
log-problem-missing-venue-type = اختر نوع المكان.
log-problem-missing-format = اختر نوع النشاط.
log-problem-missing-languages = اختر لغة مستخدمة واحدة على الأقل.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = أحد الأعداد ليس عددًا صحيحًا بين 0 و{ $max }. صحّح الحقل المحدَّد.
log-problem-missing-other = هناك حقل ناقص.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } لم يعد في القائمة. اختر من جديد.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = الموضوع { $item } لا ينتمي إلى المشروع.
log-problem-section-not-used = المشروع لا يستخدم هذا الجزء من النموذج.
log-problem-bad-co-host = أحد الذين أقمت المناسبة بالاشتراك معهم لم يعد في المشروع. أزله واحفظ من جديد.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } مذكور مرتين أو بعدد صفر.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = يجب أن تكون المدة بين { $min } و{ $max } دقيقة.
log-problem-new-people = عدد المسجَّلين كجدد أكبر من عدد من تم الوصول إليهم. الجدد يُحسبون ضمن من تم الوصول إليهم.
log-problem-date-future = لم يحن هذا التاريخ بعد. اختر تاريخ اليوم أو تاريخًا قبله.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = بدأ المشروع في { $start }. اختر ذلك اليوم أو تاريخًا بعده.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = انتهى المشروع في { $end }. اختر ذلك اليوم أو تاريخًا قبله.
log-problem-date-not-kept = تحتفظ البلدية بالمناسبات ابتداءً من { $start } فقط (الحذف الدوري). لا تُقبل مناسبة أقدم من ذلك.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = يجب ألا تتجاوز الملاحظة { $max } حرف.
log-nobody-question = لم يتم الوصول إلى أحد في هذه المناسبة. هل تريد حفظها مع ذلك؟
log-nobody-save = نعم، احفظ
log-nobody-back = لا، ارجع
log-unsaved-changes = تعديلاتك على هذه المناسبة غير مكتملة. أكملها واحفظها، أو تراجع عنها.
log-discard = تجاهل التعديلات
log-save = حفظ
log-saved = تم الحفظ. سيُرسل عندما يتصل الجهاز بالشبكة.
log-again-title = تسجيل مثل ما سبق
