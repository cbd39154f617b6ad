## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = اللقاءات
export-column-id = المعرّف
export-column-date = التاريخ
export-column-start = البداية
export-column-minutes = الدقائق
export-column-project = المشروع
export-column-area = المنطقة
export-column-venue = المكان
export-column-venue-type = نوع المكان
export-column-format = الشكل
export-column-languages = اللغات
export-column-topics = المواضيع
export-column-women = النساء
export-column-men = الرجال
export-column-girls = الفتيات
export-column-boys = الفتيان
export-column-other = غير ذلك أو غير مذكور
export-column-total = المجموع
export-column-referrals = الإحالات
export-column-questions = الأسئلة حسب الفئة
export-column-new-women = النساء الجديدات
export-column-new-men = الرجال الجدد
export-column-new-girls = الفتيات الجديدات
export-column-new-boys = الفتيان الجدد
export-column-note = ملاحظة
